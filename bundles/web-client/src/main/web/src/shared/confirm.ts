// A second step for actions that cannot be undone, inside the page (no window.confirm): the question and two
// buttons replace the trigger until one is chosen; focus moves to "Cancel" so Enter does no harm.
import { h } from '@parley/web-kit/dom';

export function confirmStep(trigger: HTMLButtonElement, question: string, yesLabel: string, testId: string,
  onYes: () => void | Promise<void>): void {
  trigger.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'danger small', 'data-testid': testId + '-yes' }, yesLabel);
    const no = h('button', { type: 'button', class: 'secondary small', 'data-testid': testId + '-no' }, 'Cancel');
    const box = h('span', { class: 'confirm', role: 'group', 'aria-label': question },
      h('span', {}, question), yes, no);
    const restore = (): void => {
      box.replaceWith(trigger);
      trigger.focus();
    };
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        await onYes();
      } finally {
        if (box.isConnected) {
          restore();
        }
      }
    });
    no.addEventListener('click', restore);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        restore();
      }
    });
    trigger.replaceWith(box);
    no.focus();
  });
}

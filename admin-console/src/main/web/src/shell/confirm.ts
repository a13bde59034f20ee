// A confirmation before anything that cannot be undone: a modal <dialog> naming what will happen, with the safe
// choice focused (Enter does no harm) and Escape as "Cancel".
import { h } from '@parley/web-kit/dom';

export function confirmAction(question: string, detail: string, yesLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', class: 'danger', 'data-testid': 'confirm-yes' }, yesLabel);
    const no = h('button', { type: 'button', class: 'secondary', 'data-testid': 'confirm-no' }, 'Cancel');
    const title = h('h2', { id: 'confirm-title' }, question);
    const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'confirm-title',
      'data-testid': 'confirm' }, title, h('p', {}, detail), h('p', { class: 'actions' }, yes, no));
    const finish = (answer: boolean): void => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => finish(true));
    no.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

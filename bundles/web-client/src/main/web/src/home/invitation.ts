// "Copy invitation": the link, numeric id and (for the owner) passcode, shown as selectable text so it can be copied
// by hand where the clipboard API is not allowed, and copied with it where it is.
import { h } from '@parley/web-kit/dom';
import { InvitationView } from './meetings-api';

export function invitationText(invitation: InvitationView, origin: string): string {
  const lines = [
    `Join the Parley meeting "${invitation.title}"`,
    `Link: ${origin}${invitation.link}`,
    `Meeting id: ${invitation.numericId}`,
  ];
  if (invitation.passcode) {
    lines.push(`Passcode: ${invitation.passcode}`);
  }
  return lines.join('\n');
}

/**
 * Every line shown without scrolling: a row per line, more where a line wraps (a narrow screen), whenever the box's
 * width changes. Where CSS `field-sizing: content` sizes the box already, nothing overflows and the rows stay.
 */
function fitRows(area: HTMLTextAreaElement, lines: number): void {
  let width = -1;
  const fit = (): void => {
    area.rows = lines;
    while (area.scrollHeight > area.clientHeight && area.rows < lines * 4) {
      area.rows += 1;
    }
  };
  new ResizeObserver(() => {
    if (area.clientWidth !== width) {
      width = area.clientWidth;
      fit();
    }
  }).observe(area);
}

/** The invitation box; `close` removes it (and gives focus back to the caller's button). */
export function invitationBox(invitation: InvitationView, close: () => void): HTMLElement {
  const text = invitationText(invitation, location.origin);
  const lines = text.split('\n').length;
  const area = h('textarea', { id: 'invitation-text', readonly: true, rows: String(lines),
    'data-testid': 'invitation-text' });
  area.value = text;
  fitRows(area, lines);
  const status = h('span', { class: 'muted', role: 'status', 'data-testid': 'invitation-status' });
  const copy = h('button', { type: 'button', class: 'primary small', 'data-testid': 'invitation-copy' }, 'Copy');
  copy.addEventListener('click', async () => {
    area.select();
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'The browser did not allow copying: select the text and copy it yourself.';
    }
  });
  const done = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'invitation-close' }, 'Close');
  done.addEventListener('click', close);
  const box = h('div', { class: 'notice invitation', role: 'region', 'aria-label': 'Invitation',
    'data-testid': 'invitation' },
  h('label', { for: 'invitation-text' }, 'Invitation'), area, h('p', { class: 'actions' }, copy, done, status));
  box.addEventListener('keydown', (event) => event.key === 'Escape' && close());
  return box;
}

// TOTP enrolment, shared by the forced first sign-in and the account page: QR code and key, confirmation with a
// code, then the recovery codes shown once until the person says they saved them.
import QRCode from 'qrcode';
import { account } from './api';
import { announce, field, h, input, onSubmit } from '@parley/web-kit/dom';

type Heading = 'h2' | 'h3';

/** Fills `container` with the enrolment; resolves once TOTP is confirmed and the recovery codes were saved. */
export async function enrolTotp(container: HTMLElement, heading: Heading): Promise<void> {
  container.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Preparing a new key…'));
  const offer = await account.startTotp();
  const qr = await QRCode.toDataURL(offer.otpauthUri, { errorCorrectionLevel: 'M', margin: 1, width: 200 });
  const codes = await new Promise<string[]>((resolve) => {
    const form = confirmForm(resolve);
    container.replaceChildren(
      h('ol', { class: 'enrol-steps' },
        h('li', {},
          h('p', {}, 'Open an authenticator app on your phone and scan this QR code.'),
          h('img', { class: 'qr', src: qr, width: '200', height: '200',
            alt: 'QR code that adds your Parley account to an authenticator app' })),
        h('li', {},
          h('p', { id: 'totp-secret-label' }, 'If you cannot scan it, enter this key in the app instead:'),
          h('code', { class: 'secret', id: 'totp-secret', 'aria-labelledby': 'totp-secret-label' },
            groupsOfFour(offer.secret))),
        h('li', {}, form)));
  });
  await showRecoveryCodes(container, heading, codes);
}

function confirmForm(done: (codes: string[]) => void): HTMLFormElement {
  const code = h('input', { 'data-field': 'code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code',
    required: true, maxlength: '6', pattern: '[0-9]{6}', class: 'code-input' });
  const form = h('form', { id: 'totp-confirm-form', novalidate: true },
    h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('totp-code', 'Code shown in the app', code, 'Six digits; it changes every 30 seconds.'),
    h('button', { type: 'submit', class: 'primary' }, 'Confirm'));
  onSubmit(form, async () => {
    const entered = input(form, 'code').value.replace(/\s+/g, '');
    const answer = await account.confirmTotp(entered);
    done(answer.recoveryCodes);
  });
  return form;
}

function showRecoveryCodes(container: HTMLElement, heading: Heading, codes: string[]): Promise<void> {
  const title = h(heading, { id: 'recovery-title' }, 'Save your recovery codes');
  const saved = h('input', { type: 'checkbox', id: 'codes-saved' });
  const next = h('button', { type: 'button', class: 'primary', id: 'codes-done', disabled: true }, 'Continue');
  const copy = h('button', { type: 'button', class: 'secondary', id: 'codes-copy' }, 'Copy codes');
  const copied = h('span', { class: 'muted', role: 'status' });
  saved.addEventListener('change', () => (next.disabled = !saved.checked));
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(codes.join('\n')).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = 'Copying is not allowed here; write the codes down instead.'));
  });
  container.replaceChildren(h('section', { class: 'recovery', 'aria-labelledby': 'recovery-title' },
    title,
    h('p', {}, 'Two-factor sign-in is on. If you lose your phone, each of these codes signs you in once. ',
      h('strong', {}, 'They are shown only now:'), ' print them or keep them in a password manager.'),
    h('ol', { class: 'codes', id: 'recovery-codes' }, ...codes.map((c) => h('li', {}, h('code', {}, c)))),
    h('p', { class: 'actions' }, copy, copied),
    h('p', { class: 'check' }, saved, h('label', { for: 'codes-saved' }, 'I have saved these recovery codes')),
    h('p', { class: 'actions' }, next)));
  announce(title);
  return new Promise((resolve) => next.addEventListener('click', () => {
    container.replaceChildren();
    resolve();
  }));
}

function groupsOfFour(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

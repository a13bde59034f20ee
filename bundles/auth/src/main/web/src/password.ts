// The password change form both pages use: current password (the sign-in page may already know it), the new one
// twice. The server's policy decides what is acceptable and says why next to the field it names.
import { account, ApiError } from './api';
import { field, fieldError, h, input, onSubmit } from '@parley/web-kit/dom';

function secret(name: string, autocomplete: string): HTMLInputElement {
  return h('input', { type: 'password', name, 'data-field': name, autocomplete, required: true });
}

/**
 * Fills `form` (ids start with `prefix`) and changes the password on submit, then runs `done`. While the current
 * password's field (`<prefix>-current-field`) is hidden, `known` gives it; the field appears if the server rejects it.
 */
export function passwordForm(form: HTMLFormElement, prefix: string, submitLabel: string,
  known: () => string | null, done: () => Promise<void>): void {
  const current = field(prefix + '-current', 'Current password', secret('current', 'current-password'));
  current.id = prefix + '-current-field';
  const status = h('span', { class: 'success', id: prefix + '-done', role: 'status' });
  form.noValidate = true;
  form.replaceChildren(
    h('p', { class: 'form-error', role: 'alert', hidden: true }),
    current,
    field(prefix + '-new', 'New password', secret('new', 'new-password')),
    field(prefix + '-confirm', 'New password again', secret('confirm', 'new-password')),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, submitLabel), status));
  onSubmit(form, async () => {
    status.textContent = '';
    const proposed = input(form, 'new').value;
    if (proposed !== input(form, 'confirm').value) {
      fieldError(form, 'confirm', 'The two new passwords differ. Type the same password twice.');
      return;
    }
    const remembered = current.hidden ? known() : null;
    try {
      await account.changePassword(remembered ?? input(form, 'current').value, proposed);
    } catch (error) {
      if (error instanceof ApiError && error.problem.field === 'current') {
        current.hidden = false;
      }
      throw error;
    }
    form.reset();
    await done();
  });
}

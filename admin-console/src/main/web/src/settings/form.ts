// One form per settings PID, generated from its Metatype (see model.ts), so a bundle added later gets a form with
// no change here. Saving sends only what changed (PATCH settings/{pid}); the component's own message for a refused
// value appears next to that field, and the form keeps what was typed. The server applies all of a form's changes
// or none, and the form says so when it fails.
import { call } from '@parley/web-kit/api';
import { clearErrors, fieldError, h, showProblem } from '@parley/web-kit/dom';
import { feedback } from '../shell/feedback';
import { activity, sessionEnded } from '../shell/session';
import { changes, Entered, FieldModel, fieldOf, PidMeta, ValueProblem } from './model';
import { listEditor, readList } from './list-editor';

function controlOf(field: FieldModel, domId: string): HTMLElement {
  const common = { 'data-field': field.id, 'data-testid': `setting-${field.id}` };
  if (field.list) {
    return listEditor(field, domId, common);
  }
  if (field.kind === 'checkbox') {
    const box = h('input', { ...common, type: 'checkbox', id: domId, disabled: field.readOnly });
    box.checked = field.initial === true;
    return box;
  }
  if (field.kind === 'select') {
    const select = h('select', { ...common, id: domId, disabled: field.readOnly },
      ...field.options.map((option) => h('option', { value: option.value }, option.label)));
    select.value = String(field.initial);
    return select;
  }
  if (field.kind === 'textarea') {
    const area = h('textarea', { ...common, id: domId, rows: '4', readonly: field.readOnly });
    area.value = String(field.initial);
    return area;
  }
  const type = field.kind === 'password' ? 'password' : 'text';
  const input = h('input', { ...common, id: domId, type, readonly: field.readOnly, autocomplete: 'off',
    inputmode: field.kind === 'integer' ? 'numeric' : field.kind === 'decimal' ? 'decimal' : false,
    placeholder: field.kind === 'password' ? (field.secretSet ? 'Stored; type to replace' : 'Not set') : false });
  input.value = String(field.initial);
  return input;
}

function fieldBlock(field: FieldModel, pid: string): HTMLElement {
  const domId = `${pid}-${field.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const control = controlOf(field, domId);
  const hintId = domId + '-hint';
  const errorId = domId + '-error';
  const described = [field.description ? hintId : '', errorId].filter(Boolean).join(' ');
  (control.matches('input, select, textarea') ? control : control.querySelector('.list-item') ?? control)
    .setAttribute('aria-describedby', described);
  const label = field.list ? h('span', { class: 'label', id: domId + '-label' }, field.label)
    : h('label', { for: domId }, field.label);
  const hint = field.description ? h('p', { class: 'hint', id: hintId }, field.description) : null;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  if (field.kind === 'checkbox' && !field.list) {
    return h('div', { class: 'field check-field' }, h('div', { class: 'check' }, control, label), hint, error);
  }
  return h('div', { class: 'field' }, label, hint, control, error);
}

function entered(form: HTMLFormElement, fields: FieldModel[]): Map<string, Entered> {
  const values = new Map<string, Entered>();
  for (const field of fields) {
    const control = form.querySelector<HTMLElement>(`[data-field="${field.id}"]`);
    if (!control) {
      continue;
    }
    if (field.list) {
      values.set(field.id, readList(control));
    } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      values.set(field.id, control.checked);
    } else {
      values.set(field.id, (control as HTMLInputElement).value);
    }
  }
  return values;
}

/** The form of one PID; after a save it is drawn again from the server's answer (so "Saved" shows the truth). */
export function settingsForm(meta: PidMeta, intro?: string): HTMLElement {
  const section = h('section', { class: 'card settings-form', 'data-testid': 'settings-pid', 'data-pid': meta.pid,
    'aria-labelledby': `${meta.pid}-title` });
  draw(section, meta, intro);
  return section;
}

function draw(section: HTMLElement, meta: PidMeta, intro?: string): void {
  const fields = meta.attributes.map((attribute) => fieldOf(attribute, meta.readOnly));
  const status = feedback('settings-status');
  const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'settings-save',
    disabled: meta.readOnly }, 'Save');
  const form = h('form', { novalidate: true, 'data-testid': 'settings-form' },
    h('p', { class: 'form-error', role: 'alert', hidden: true }),
    ...fields.map((field) => fieldBlock(field, meta.pid)),
    h('p', { class: 'actions' }, save, status.element));
  const parts: (HTMLElement | null)[] = [
    h('h2', { id: `${meta.pid}-title` }, meta.name || meta.pid, h('span', { class: 'tag' }, meta.pid)),
    intro ? h('p', {}, intro) : null,
    meta.description ? h('p', { class: 'muted' }, meta.description) : null,
    meta.readOnly ? h('p', { class: 'notice', 'data-testid': 'managed-by' }, 'Managed by the file ',
      h('code', {}, meta.managedBy ?? 'in etc/conf.d'), ': change it there. These values are shown read-only.')
      : null,
    meta.problems.length > 0 ? h('div', { class: 'form-error', 'data-testid': 'settings-problems' },
      h('p', {}, 'Values refused from the settings file (the last valid ones are in use):'),
      h('ul', {}, ...meta.problems.map((problem) => h('li', {}, problem)))) : null,
    form];
  section.replaceChildren(...parts.filter((node): node is HTMLElement => node !== null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(section, form, meta, fields, status, save, intro);
  });
}

async function submit(section: HTMLElement, form: HTMLFormElement, meta: PidMeta, fields: FieldModel[],
  status: ReturnType<typeof feedback>, save: HTMLButtonElement, intro?: string): Promise<void> {
  clearErrors(form);
  let body: Record<string, unknown>;
  try {
    body = changes(fields, entered(form, fields));
  } catch (error) {
    if (error instanceof ValueProblem) {
      fieldError(form, error.field, error.message);
      status.done('Not saved: correct the value shown.');
      return;
    }
    throw error;
  }
  if (Object.keys(body).length === 0) {
    status.done('Nothing changed.');
    return;
  }
  save.disabled = true;
  status.busy('Saving…');
  try {
    const saved = await call<PidMeta>('PATCH', `settings/${encodeURIComponent(meta.pid)}`, body);
    activity();
    draw(section, saved ?? meta, intro);
    const done = section.querySelector<HTMLElement>('[data-testid="settings-status"]');
    if (done) {
      done.dataset.state = 'done';
      done.textContent = `Saved: ${Object.keys(body).join(', ')}.`;
    }
  } catch (error) {
    if (sessionEnded(error)) {
      return;
    }
    showProblem(form, error);
    if (form.querySelector('[aria-invalid="true"]')) {
      status.failedText('Not saved — nothing was changed. Correct the value marked above.');
    } else {
      status.failed(error, 'Not saved — nothing was changed');
    }
    save.disabled = false;
  }
}

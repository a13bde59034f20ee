// A list of values (a multi-valued setting) as rows of inputs with Remove, and an Add button: each value edited on
// its own, nothing to split or quote. Multi-line kinds (a PEM per row, as trustedSigners) get a text area per row.
import { h } from '@parley/web-kit/dom';
import { FieldModel } from './model';

function row(field: FieldModel, value: string, index: number): HTMLElement {
  const common = { class: 'list-item', 'aria-label': `${field.label} ${index + 1}`, readonly: field.readOnly };
  const input = field.kind === 'textarea' ? h('textarea', { ...common, rows: '4' })
    : h('input', { ...common, type: 'text', autocomplete: 'off' });
  input.value = value;
  const remove = h('button', { type: 'button', class: 'secondary small', disabled: field.readOnly,
    'aria-label': `Remove ${field.label} ${index + 1}` }, 'Remove');
  const item = h('li', { class: 'list-row' }, input, remove);
  remove.addEventListener('click', () => {
    const list = item.parentElement;
    item.remove();
    list?.querySelector<HTMLElement>('.list-item')?.focus();
  });
  return item;
}

export function listEditor(field: FieldModel, domId: string, attributes: Record<string, string>): HTMLElement {
  const items = (field.initial as string[]).map((value, index) => row(field, value, index));
  const list = h('ul', { class: 'list-editor', id: domId }, ...items);
  const add = h('button', { type: 'button', class: 'secondary small', disabled: field.readOnly },
    `Add ${field.label.toLowerCase()}`);
  add.addEventListener('click', () => {
    const next = row(field, '', list.children.length);
    list.append(next);
    next.querySelector<HTMLElement>('.list-item')?.focus();
  });
  return h('div', { ...attributes, role: 'group', 'aria-labelledby': domId + '-label' }, list, add);
}

export function readList(control: HTMLElement): string[] {
  return Array.from(control.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.list-item'))
    .map((input) => input.value);
}

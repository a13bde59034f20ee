// Small DOM helpers: build elements without innerHTML (so no server text is ever parsed as markup) and show
// problems next to the field they concern, the way assistive technology announces them.
import { ApiError } from './api';

type Child = Node | string | null | undefined | false;
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false) {
      element.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child);
    }
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error('missing element #' + id);
  }
  return element as T;
}

export function input(form: HTMLFormElement, field: string): HTMLInputElement {
  const element = form.querySelector<HTMLInputElement>(`input[data-field="${field}"]`);
  if (!element) {
    throw new Error('missing input ' + field);
  }
  return element;
}

/** Removes the messages a previous attempt left on this form. */
export function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll<HTMLElement>('.field-error, .form-error').forEach((message) => {
    message.textContent = '';
    message.hidden = true;
  });
  form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
}

/** Shows a message next to the field (focused, so a screen reader reads the message it is described by). */
export function fieldError(form: HTMLFormElement, field: string, message: string): boolean {
  const control = form.querySelector<HTMLElement>(`[data-field="${field}"]`);
  const container = control?.closest('.field');
  const slot = container?.querySelector<HTMLElement>('.field-error');
  if (!control || !container || !slot || container.closest('[hidden]')) {
    return false;
  }
  slot.textContent = message;
  slot.hidden = false;
  control.setAttribute('aria-invalid', 'true');
  const focusable = control.matches('input, select, textarea') ? control : control.querySelector('input');
  (focusable as HTMLElement | null)?.focus();
  return true;
}

/** Shows a failed call: beside the field the problem names, else at the top of the form. */
export function showProblem(form: HTMLFormElement, error: unknown): void {
  const problem = error instanceof ApiError
    ? error.problem
    : { status: 0, title: 'Error', detail: 'Something went wrong in this page. Reload it and try again.' };
  if (problem.field && fieldError(form, problem.field, problem.detail)) {
    return;
  }
  formError(form, problem.detail);
}

export function formError(form: HTMLFormElement, message: string): void {
  const slot = form.querySelector<HTMLElement>('.form-error');
  if (slot) {
    slot.textContent = message;
    slot.hidden = false;
  }
}

/** Runs a submit handler with the form's buttons disabled, so a double click sends one request. */
export function onSubmit(form: HTMLFormElement, handler: () => Promise<void>): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const buttons = form.querySelectorAll<HTMLButtonElement>('button');
    buttons.forEach((button) => (button.disabled = true));
    try {
      await handler();
    } catch (error) {
      showProblem(form, error);
    } finally {
      buttons.forEach((button) => (button.disabled = false));
    }
  });
}

/** A labelled input with its (hidden) error slot, as every form here lays them out. */
export function field(id: string, label: string, control: FormControl, hint?: string): HTMLDivElement {
  const errorId = id + '-error';
  const describedBy = [hint ? id + '-hint' : '', errorId].filter(Boolean).join(' ');
  control.id = id;
  control.setAttribute('aria-describedby', describedBy);
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: id + '-hint' }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

export function formatTime(iso: string | null): string {
  if (!iso) {
    return '—';
  }
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso
    : time.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Moves focus to a new step's heading so keyboard and screen-reader users start there. */
export function announce(heading: HTMLElement): void {
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

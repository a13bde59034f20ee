// Every action says what it is doing: "Saving…", then "Saved" or "Failed: <the problem's detail>", in a status
// element next to the button (read by screen readers), so nobody wonders whether a click did anything.
import { ApiError } from '@parley/web-kit/api';
import { h } from '@parley/web-kit/dom';

export interface Feedback {
  element: HTMLElement;
  busy(text: string): void;
  done(text: string): void;
  failed(error: unknown, prefix?: string): void;
  /** A failure whose reason is shown elsewhere (next to a field): only what it means for the whole action. */
  failedText(text: string): void;
  clear(): void;
}

export function problemText(error: unknown): string {
  return error instanceof ApiError ? error.problem.detail
    : 'Something went wrong in this page. Reload it and try again.';
}

export function feedback(testId: string): Feedback {
  const element = h('span', { class: 'feedback', role: 'status', 'data-testid': testId, 'data-state': 'idle' });
  const show = (state: string, text: string): void => {
    element.dataset.state = state;
    element.textContent = text;
  };
  return {
    element,
    busy: (text) => show('busy', text),
    done: (text) => show('done', text),
    failed: (error, prefix = 'Failed') => show('failed', `${prefix}: ${problemText(error)}`),
    failedText: (text) => show('failed', text),
    clear: () => show('idle', ''),
  };
}

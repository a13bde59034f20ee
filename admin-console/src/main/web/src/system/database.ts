// The database on the System page: what Parley runs on now, and the move from the embedded database to an empty
// PostgreSQL ("test connection" first, then the copy, verified on the target before the switch; asked first).
import { ApiError, call } from '@parley/web-kit/api';
import { field, h, onSubmit } from '@parley/web-kit/dom';
import { feedback } from '../shell/feedback';
import { confirmAction } from '../shell/confirm';
import { activity, sessionEnded } from '../shell/session';
import { bytes } from '../dashboard/figures';

interface DatabaseView {
  vendor: string;
  version: string;
  url: string;
  user: string | null;
  pool: { active: number; idle: number; total: number; waiting: number; maximum: number };
  sizeBytes: number;
}

function facts(view: DatabaseView): HTMLElement {
  return h('dl', { class: 'facts', 'data-testid': 'db-facts' },
    h('dt', {}, 'Database'), h('dd', { 'data-testid': 'db-vendor' }, `${view.vendor} ${view.version}`),
    h('dt', {}, 'Address'), h('dd', {}, h('code', {}, view.url)),
    h('dt', {}, 'User'), h('dd', {}, view.user ?? '—'),
    h('dt', {}, 'Connections'), h('dd', {}, `${view.pool.active} in use, ${view.pool.idle} idle of `
      + `${view.pool.maximum}, ${view.pool.waiting} waiting`),
    h('dt', {}, 'Size'), h('dd', {}, bytes(view.sizeBytes)));
}

export async function databaseSection(): Promise<HTMLElement> {
  const section = h('section', { class: 'card', 'aria-labelledby': 'db-title' },
    h('h2', { id: 'db-title' }, 'Database'));
  let view: DatabaseView;
  try {
    view = await call<DatabaseView>('GET', 'system/database');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 503)) {
      section.append(h('p', { class: 'muted' }, error.problem.detail));
      return section;
    }
    throw error;
  }
  section.append(facts(view));
  if (view.vendor === 'Derby') {
    section.append(moveForm());
  }
  return section;
}

function moveForm(): HTMLElement {
  const input = (name: string, type = 'text'): HTMLInputElement => h('input', { type, 'data-field': name,
    'data-testid': `db-${name}`, autocomplete: 'off' });
  const url = input('url');
  const user = input('user');
  const password = input('password', 'password');
  const sslMode = h('select', { 'data-field': 'sslMode', 'data-testid': 'db-sslMode' },
    ...['verify-full', 'verify-ca', 'require', 'disable'].map((mode) => h('option', { value: mode }, mode)));
  const status = feedback('db-status');
  const result = h('div', { 'data-testid': 'db-result', 'aria-live': 'polite' });
  const test = h('button', { type: 'submit', class: 'secondary', 'data-testid': 'db-test' }, 'Test connection');
  const move = h('button', { type: 'button', class: 'danger', 'data-testid': 'db-migrate' }, 'Copy and switch');
  const form = h('form', { novalidate: true }, h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('db-url', 'PostgreSQL address', url, 'jdbc:postgresql://host[:port]/database'),
    field('db-user', 'User', user), field('db-password', 'Password', password), field('db-ssl', 'TLS', sslMode),
    h('p', { class: 'actions' }, test, move, status.element));
  const body = (): Record<string, string> => ({ url: url.value.trim(), user: user.value.trim(),
    password: password.value, sslMode: sslMode.value });
  const show = (answer: Record<string, unknown>): void => {
    result.replaceChildren(h('dl', { class: 'facts' }, ...Object.entries(answer).flatMap(([name, value]) =>
      [h('dt', {}, name), h('dd', {}, typeof value === 'object' ? JSON.stringify(value) : String(value))])));
  };
  onSubmit(form, async () => {
    status.busy('Connecting…');
    result.replaceChildren();
    try {
      const answer = await call<Record<string, unknown>>('POST', 'system/database/test', body());
      status.done(answer.empty ? 'Reached: the database is empty, ready for the move.'
        : 'Reached, but the database is not empty: the move would be refused.');
      show(answer);
    } catch (error) {
      status.failedText('Not reached.');
      throw error;
    }
  });
  move.addEventListener('click', () => void migrate(body, status, show));
  return h('div', {}, h('h3', {}, 'Move to PostgreSQL'),
    h('p', {}, 'Copies every table to an empty PostgreSQL database, verifies the audit chain there and only then '
      + 'switches. Drain the appliance first.'), form, result);
}

async function migrate(body: () => Record<string, string>, status: ReturnType<typeof feedback>,
  show: (answer: Record<string, unknown>) => void): Promise<void> {
  if (!(await confirmAction('Move the database to PostgreSQL?', 'Parley copies its data, verifies it and switches '
    + 'to PostgreSQL. Meetings should be drained first.', 'Copy and switch'))) {
    status.done('Cancelled: nothing was changed.');
    return;
  }
  status.busy('Copying… this can take minutes.');
  try {
    show(await call<Record<string, unknown>>('POST', 'system/database/migrate', body()));
    activity();
    status.done('Moved: Parley now runs on PostgreSQL.');
  } catch (error) {
    if (!sessionEnded(error)) {
      status.failed(error, 'Not moved');
    }
  }
}

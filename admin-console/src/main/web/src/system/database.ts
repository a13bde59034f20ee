// The database on the System page: what Parley runs on now, and the move from the embedded database to an empty
// PostgreSQL ("test connection" first, then the copy, verified on the target before the switch; asked first).
import { ApiError, call } from '@parley/web-kit/api';
import { field, h, onSubmit } from '@parley/web-kit/dom';
import { feedback } from '../shell/feedback';
import { confirmAction } from '../shell/confirm';
import { activity, sessionEnded } from '../shell/session';
import { bytes } from '../dashboard/figures';
import { moveWarning } from '../admin/rules';

interface DatabaseView {
  vendor: string;
  version: string;
  url: string;
  user: string | null;
  pool: { active: number; idle: number; total: number; waiting: number; maximum: number };
  sizeBytes: number;
}

/** What a connection test found (the store's TargetFacts). */
interface TargetFacts {
  endpoint: string;
  database: string;
  schema: string;
  version: string;
  empty: boolean;
  tables: string[];
  tableCount: number;
}

/** What the move did (the system bundle's MoveResult). */
interface MoveResult {
  from: string;
  to: string;
  tables: number;
  rows: number;
  seconds: number;
  auditRecordsVerified: number;
  rowsByTable: Record<string, number>;
  audited: boolean;
}

function targetFacts(found: TargetFacts): HTMLElement {
  const more = found.tableCount - found.tables.length;
  return h('dl', { class: 'facts', 'data-testid': 'db-target' },
    h('dt', {}, 'Server'), h('dd', {}, `PostgreSQL ${found.version} at ${found.endpoint}`),
    h('dt', {}, 'Database'), h('dd', {}, `${found.database}, schema ${found.schema}`),
    h('dt', {}, 'Tables'), h('dd', {}, found.empty ? 'none (empty)'
      : `${found.tableCount}: ${found.tables.join(', ')}${more > 0 ? ` and ${more} more` : ''}`));
}

function moveFacts(moved: MoveResult): HTMLElement {
  const perTable = Object.entries(moved.rowsByTable).map(([table, rows]) =>
    h('tr', {}, h('td', {}, h('code', {}, table)), h('td', { class: 'number' }, rows.toLocaleString())));
  return h('div', { 'data-testid': 'db-moved' },
    h('dl', { class: 'facts' },
      h('dt', {}, 'Copied'), h('dd', {}, `${moved.rows.toLocaleString()} rows in ${moved.tables} tables, `
        + `${moved.seconds.toFixed(1)} s`),
      h('dt', {}, 'Audit chain'), h('dd', {}, `${moved.auditRecordsVerified.toLocaleString()} records verified on `
        + 'PostgreSQL before the switch'),
      h('dt', {}, 'From'), h('dd', {}, h('code', {}, moved.from)),
      h('dt', {}, 'To'), h('dd', {}, h('code', {}, moved.to)),
      h('dt', {}, 'Audit record'), h('dd', {}, moved.audited ? 'written on the new database'
        : 'not written: see the log')),
    h('details', {}, h('summary', {}, 'Rows per table'), h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Table'), h('th', {}, 'Rows'))), h('tbody', {}, ...perTable)))));
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
  onSubmit(form, async () => {
    status.busy('Connecting…');
    result.replaceChildren();
    try {
      const answer = await call<TargetFacts>('POST', 'system/database/test', body());
      status.done(answer.empty ? 'Reached: the database is empty, ready for the move.'
        : 'Reached, but the database is not empty: the move would be refused.');
      result.replaceChildren(targetFacts(answer));
    } catch (error) {
      status.failedText('Not reached.');
      throw error;
    }
  });
  move.addEventListener('click', () => void migrate(body, status, result).then((moved) => {
    // The figures above are the embedded database's until the page is drawn again; nothing more to move.
    test.disabled = moved;
    move.disabled = moved;
  }));
  return h('div', {}, h('h3', {}, 'Move to PostgreSQL'),
    h('p', {}, 'Copies every table to an empty PostgreSQL database, verifies the audit chain there and only then '
      + 'switches; meanwhile writes are refused rather than lost. Drain the appliance first.'), form, result);
}

async function migrate(body: () => Record<string, string>, status: ReturnType<typeof feedback>,
  result: HTMLElement): Promise<boolean> {
  let live: { participants: number }[] | null = null;
  try {
    live = await call<{ participants: number }[]>('GET', 'live-meetings');
  } catch {
    // Not known (the meetings bundle stopped, say): the confirmation says so.
  }
  const warning = moveWarning(live);
  if (!(await confirmAction('Move the database to PostgreSQL?', warning.detail, warning.yes))) {
    status.done('Cancelled: nothing was changed.');
    return false;
  }
  status.busy('Copying… this can take minutes.');
  try {
    result.replaceChildren(moveFacts(await call<MoveResult>('POST', 'system/database/migrate', body())));
    activity();
    status.done('Moved: Parley now runs on PostgreSQL.');
    return true;
  } catch (error) {
    if (!sessionEnded(error)) {
      status.failed(error, 'Not moved');
    }
    return false;
  }
}

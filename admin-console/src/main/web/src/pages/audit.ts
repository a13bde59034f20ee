// Audit trail: filter by time, actor, action and target; page through; export what the filter finds (NDJSON);
// verify the chain and show the result. Viewing, exporting and verifying are audited by the audit bundle itself.
import { call } from '@parley/web-kit/api';
import { field, formatTime, h, showProblem, clearErrors } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { feedback } from '../shell/feedback';
import { activity, sessionEnded } from '../shell/session';
import { AuditFilter, auditQuery, detailsText, PAGE_SIZE } from '../audit/query';

interface AuditRecord {
  sequence: number;
  time: string;
  actor: string;
  clientAddress: string;
  action: string;
  target: string;
  outcome: string;
  details: Record<string, string>;
}

interface Verification {
  intact: boolean;
  recordsChecked: number;
  checkpointsChecked: number;
  firstBadSequence: number | null;
  problem: string;
}

const FIELDS: { id: keyof AuditFilter; label: string; type: string; hint?: string }[] = [
  { id: 'from', label: 'From', type: 'datetime-local' },
  { id: 'to', label: 'Until', type: 'datetime-local' },
  { id: 'actor', label: 'Actor', type: 'text', hint: 'Exact user name, e.g. admin' },
  { id: 'action', label: 'Action', type: 'text', hint: 'Exact, or a prefix ending in a dot: user.' },
  { id: 'target', label: 'Target', type: 'text' },
];

export async function renderAudit(main: HTMLElement): Promise<Stop> {
  const inputs = new Map(FIELDS.map((f) => [f.id, h('input', { type: f.type, 'data-field': f.id,
    'data-testid': `audit-${f.id}`, autocomplete: 'off' })]));
  const filter = (): AuditFilter => ({ from: inputs.get('from')!.value, to: inputs.get('to')!.value,
    actor: inputs.get('actor')!.value, action: inputs.get('action')!.value, target: inputs.get('target')!.value });
  const status = feedback('audit-status');
  const rows = h('tbody', { 'data-testid': 'audit-rows' });
  const exportLink = h('a', { class: 'button secondary', 'data-testid': 'audit-export', href: '/api/v1/audit/export',
    download: '' }, 'Export these records');
  const more = h('button', { type: 'button', class: 'secondary', 'data-testid': 'audit-next', hidden: true },
    'Next records');
  const form = h('form', { novalidate: true, class: 'filter-grid', 'data-testid': 'audit-filter' },
    h('p', { class: 'form-error', role: 'alert', hidden: true }),
    ...FIELDS.map((f) => field(`audit-${f.id}`, f.label, inputs.get(f.id)!, f.hint)),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'audit-search' },
      'Show records'), exportLink, status.element));
  let last: number | null = null;
  const load = async (fresh: boolean): Promise<void> => {
    clearErrors(form);
    status.busy('Loading…');
    try {
      const records = await call<AuditRecord[]>('GET', `audit?${auditQuery(filter(), fresh ? null : last,
        PAGE_SIZE)}`);
      if (fresh) {
        rows.replaceChildren();
      }
      rows.append(...records.map(recordRow));
      last = records.length > 0 ? records[records.length - 1].sequence : last;
      more.hidden = records.length < PAGE_SIZE;
      exportLink.href = `/api/v1/audit/export?${auditQuery(filter(), null, null)}`;
      status.done(`${rows.children.length} record${rows.children.length === 1 ? '' : 's'} shown.`);
    } catch (error) {
      if (!sessionEnded(error)) {
        showProblem(form, error);
        status.failed(error);
      }
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(true);
  });
  more.addEventListener('click', () => void load(false));
  main.append(h('h1', {}, 'Audit trail'),
    h('section', { class: 'card', 'aria-labelledby': 'audit-filter-title' },
      h('h2', { id: 'audit-filter-title' }, 'Find records'), form),
    verifyCard(),
    h('section', { class: 'card', 'aria-labelledby': 'audit-list-title' },
      h('h2', { id: 'audit-list-title' }, 'Records, oldest first'),
      h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {},
        ...['#', 'Time', 'Actor', 'Action', 'Target', 'Outcome', 'Details'].map((t) => h('th', { scope: 'col' }, t)))),
      rows)), more));
  await load(true);
  return () => undefined;
}

function recordRow(record: AuditRecord): HTMLElement {
  return h('tr', { 'data-testid': 'audit-row', 'data-action': record.action },
    h('td', {}, String(record.sequence)), h('td', {}, formatTime(record.time)),
    h('td', {}, record.actor, h('div', { class: 'muted' }, record.clientAddress)),
    h('td', { 'data-testid': 'audit-action' }, record.action), h('td', {}, record.target),
    h('td', { class: record.outcome === 'SUCCESS' ? '' : 'bad' }, record.outcome),
    h('td', { class: 'details' }, detailsText(record.details)));
}

function verifyCard(): HTMLElement {
  const status = feedback('verify-status');
  const result = h('div', { 'data-testid': 'verify-result', 'aria-live': 'polite' });
  const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'audit-verify' }, 'Verify the chain');
  run.addEventListener('click', async () => {
    run.disabled = true;
    status.busy('Verifying every record…');
    try {
      const answer = await call<Verification>('POST', 'audit/verify');
      activity();
      status.clear();
      result.replaceChildren(answer.intact
        ? h('p', { class: 'notice ok', 'data-state': 'intact' }, `Intact: ${answer.recordsChecked} records and `
          + `${answer.checkpointsChecked} signed checkpoint${answer.checkpointsChecked === 1 ? '' : 's'} `
          + 'checked.')
        : h('p', { class: 'form-error', 'data-state': 'broken', role: 'alert' }, `Verification failed at record `
          + `#${answer.firstBadSequence ?? '?'}: ${answer.problem}`));
    } catch (error) {
      if (!sessionEnded(error)) {
        status.failed(error, 'Could not verify');
      }
    } finally {
      run.disabled = false;
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'verify-title' },
    h('h2', { id: 'verify-title' }, 'Verification'),
    h('p', {}, 'Walks the whole hash chain and its signed checkpoints, and names the first record that was altered, '
      + 'deleted, inserted or reordered.'),
    h('p', { class: 'actions' }, run, status.element), result);
}

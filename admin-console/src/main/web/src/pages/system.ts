// System: the HTTPS certificate (its facts and days left; a key and CSR made on the appliance, shown with a copy
// button; a certificate with its chain and optional key installed after the server's checks), the ports and the
// public media address (generated forms), the database (facts, "test connection", the move to PostgreSQL), logs.
import { ApiError, call } from '@parley/web-kit/api';
import { formatTime, h } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { pidSection } from '../settings/pid-form';
import { bytes } from '../dashboard/figures';
import { csrForm, installForm, TlsView } from '../system/tls';
import { databaseSection } from '../system/database';

interface LogFile {
  name: string;
  size: number;
  modified: string;
}

export async function renderSystem(main: HTMLElement): Promise<Stop> {
  const facts = h('div', { 'data-testid': 'tls-facts' });
  const showTls = async (): Promise<void> => {
    facts.replaceChildren(await tlsFacts());
  };
  await showTls();
  main.append(h('h1', {}, 'System'),
    h('section', { class: 'card', 'aria-labelledby': 'tls-title' }, h('h2', { id: 'tls-title' }, 'HTTPS certificate'),
      facts, csrForm(), installForm(showTls)),
    await pidSection('org.parley.http.FrontDoor', 'The ports Parley listens on and the names browsers use.'),
    await pidSection('org.parley.media.Transport', 'The media ports and the public address sent to browsers '
      + '(set it when Parley is behind NAT).'),
    await databaseSection(),
    await logsSection());
  return () => undefined;
}

async function tlsFacts(): Promise<HTMLElement> {
  let view: TlsView;
  try {
    view = await call<TlsView>('GET', 'system/tls');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 503 || error.status === 404)) {
      return h('p', { class: 'muted' }, error.problem.detail);
    }
    throw error;
  }
  const cert = view.certificate;
  const soon = cert.daysLeft <= 30;
  return h('dl', { class: 'facts' },
    h('dt', {}, 'Subject'), h('dd', { 'data-testid': 'tls-subject' }, cert.subject),
    h('dt', {}, 'Names'), h('dd', {}, cert.subjectAltNames.join(', ') || '—'),
    h('dt', {}, 'Issuer'), h('dd', {}, cert.selfSigned ? `${cert.issuer} (self-signed)` : cert.issuer),
    h('dt', {}, 'Valid'), h('dd', {}, `${formatTime(cert.notBefore)} – ${formatTime(cert.notAfter)}`),
    h('dt', {}, 'Days left'), h('dd', { class: soon ? 'bad' : '', 'data-testid': 'tls-days-left' },
      String(cert.daysLeft), soon ? ' — renew it now' : ''),
    h('dt', {}, 'SHA-256'), h('dd', {}, h('code', {}, cert.sha256)),
    h('dt', {}, 'Source'), h('dd', { 'data-testid': 'tls-source' }, view.source),
    h('dt', {}, 'Request pending'), h('dd', {}, view.requestPending ? 'Yes: its key waits for the certificate'
      : 'No'));
}

async function logsSection(): Promise<HTMLElement> {
  const files = await call<LogFile[]>('GET', 'system/logs');
  const rows = files.map((file) => h('tr', { 'data-testid': 'log-row' },
    h('td', {}, h('a', { href: `/api/v1/system/logs/${encodeURIComponent(file.name)}`, download: file.name,
      'data-testid': 'log-download' }, file.name)),
    h('td', {}, bytes(file.size)), h('td', {}, formatTime(file.modified))));
  return h('section', { class: 'card', 'aria-labelledby': 'logs-title' }, h('h2', { id: 'logs-title' }, 'Logs'),
    h('p', {}, 'Download a log file as it is now (each download is audited).'),
    rows.length === 0 ? h('p', { class: 'muted' }, 'No log files.')
      : h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'File'), h('th', {}, 'Size'), h('th', {}, 'Changed'))),
        h('tbody', {}, ...rows))));
}

// The two TLS forms of the System page: a key and certificate signing request made on the appliance (the key never
// leaves it; the CSR is shown with a copy button), and the installation of the CA's certificate, checked by the
// server before anything changes (its reason shown next to the field, the input kept).
import { call } from '@parley/web-kit/api';
import { field, h, onSubmit } from '@parley/web-kit/dom';
import { feedback } from '../shell/feedback';
import { activity } from '../shell/session';
import { splitList } from '../admin/rules';

export interface TlsView {
  certificate: {
    subject: string; subjectAltNames: string[]; issuer: string; notBefore: string; notAfter: string;
    daysLeft: number; sha256: string; chainLength: number; selfSigned: boolean;
  };
  source: string;
  requestPending: boolean;
}

interface CsrAnswer {
  csr: string;
  keyAlgorithm: string;
  subjectAltNames: string[];
}

interface Installed {
  certificate: TlsView['certificate'];
  warnings: string[];
  note: string | null;
}

function text(name: string, testId: string): HTMLInputElement {
  return h('input', { type: 'text', 'data-field': name, 'data-testid': testId, autocomplete: 'off' });
}

function pem(name: string, testId: string): HTMLTextAreaElement {
  return h('textarea', { rows: '6', 'data-field': name, 'data-testid': testId, spellcheck: 'false' });
}

export function csrForm(): HTMLElement {
  const commonName = text('commonName', 'csr-common-name');
  const names = text('subjectAltNames', 'csr-names');
  const organization = text('organization', 'csr-organization');
  const country = text('country', 'csr-country');
  const algorithm = h('select', { 'data-field': 'keyAlgorithm', 'data-testid': 'csr-algorithm' },
    h('option', { value: 'EC' }, 'EC P-256 (recommended)'), h('option', { value: 'RSA' }, 'RSA 3072'));
  const status = feedback('csr-status');
  const out = h('div', { 'data-testid': 'csr-result' });
  const form = h('form', { novalidate: true }, h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('csr-cn', 'Common name', commonName, 'The name people type, e.g. meet.example.org.'),
    field('csr-sans', 'Other names', names, 'DNS names and IP addresses, separated by commas or spaces.'),
    field('csr-org', 'Organisation (optional)', organization),
    field('csr-country', 'Country (optional, two letters)', country),
    field('csr-alg', 'Key', algorithm),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', 'data-testid': 'csr-submit' },
      'Generate key and CSR'), status.element));
  onSubmit(form, async () => {
    status.busy('Generating…');
    const body: Record<string, unknown> = { commonName: commonName.value.trim(),
      subjectAltNames: splitList(names.value), keyAlgorithm: algorithm.value };
    if (organization.value.trim()) {
      body.organization = organization.value.trim();
    }
    if (country.value.trim()) {
      body.country = country.value.trim();
    }
    try {
      const answer = await call<CsrAnswer>('POST', 'system/tls/csr', body);
      activity();
      status.done('Generated. Send the request below to your CA; install its certificate with the form below.');
      out.replaceChildren(csrOutput(answer.csr));
    } catch (error) {
      status.failedText('Not generated.');
      throw error;
    }
  });
  return h('div', {}, h('h3', {}, 'Generate a key and certificate signing request'), form, out);
}

function csrOutput(csr: string): HTMLElement {
  const area = h('textarea', { id: 'csr-pem', rows: '10', readonly: true, 'data-testid': 'csr-pem' });
  area.value = csr;
  const copied = feedback('csr-copy-status');
  const copy = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'csr-copy' }, 'Copy');
  copy.addEventListener('click', () => {
    area.select();
    navigator.clipboard?.writeText(csr).then(() => copied.done('Copied.'),
      () => copied.done('Selected: press Ctrl+C to copy.')) ?? copied.done('Selected: press Ctrl+C to copy.');
  });
  return h('div', { class: 'field' }, h('label', { for: 'csr-pem' }, 'Certificate signing request (PEM)'), area,
    h('p', { class: 'actions' }, copy, copied.element));
}

export function installForm(refresh: () => Promise<void>): HTMLElement {
  const certificate = pem('certificate', 'tls-certificate');
  const key = pem('privateKey', 'tls-key');
  const password = h('input', { type: 'password', 'data-field': 'keyPassword', 'data-testid': 'tls-key-password',
    autocomplete: 'off' });
  const status = feedback('tls-status');
  const warnings = h('div', { 'data-testid': 'tls-warnings', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('tls-cert', 'Certificate and chain (PEM, server certificate first)', certificate),
    field('tls-key', 'Private key (PEM, optional)', key, 'Leave empty to use the key of the request generated '
      + 'above.'),
    field('tls-key-password', 'Key password (if the key is encrypted)', password),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'tls-install' },
      'Check and install'), status.element));
  onSubmit(form, async () => {
    status.busy('Checking…');
    warnings.replaceChildren();
    const body: Record<string, string> = { certificate: certificate.value };
    if (key.value.trim()) {
      body.privateKey = key.value;
    }
    if (password.value) {
      body.keyPassword = password.value;
    }
    try {
      const done = await call<Installed>('PUT', 'system/tls', body);
      activity();
      status.done(`Installed: ${done.certificate.subject}.`);
      warnings.append(...done.warnings.map((w) => h('p', { class: 'notice', 'data-testid': 'tls-warning' }, w)),
        done.note ? h('p', { class: 'muted' }, done.note) : '');
      await refresh();
    } catch (error) {
      status.failedText('Not installed — nothing was changed.');
      throw error;
    }
  });
  return h('div', {}, h('h3', {}, 'Install a certificate'), form, warnings);
}

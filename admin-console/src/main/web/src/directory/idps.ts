// SAML identity providers on the Directory and SSO page: the list with refresh (metadata fetched again from its
// URL) and delete (asked first: the sessions of its accounts end), a form adding one from a metadata file or URL,
// and the link to Parley's own SP metadata that the IdP's administrator needs.
import { call } from '@parley/web-kit/api';
import { field, fieldError, formatTime, h, onSubmit } from '@parley/web-kit/dom';
import { feedback, Feedback } from '../shell/feedback';
import { act } from '../shell/action';
import { activity } from '../shell/session';
import { roleMappingOf } from '../admin/rules';

interface Idp {
  id: string;
  name: string;
  enabled: boolean;
  metadataUrl: string | null;
  entityId: string;
  metadataFetchedAt: string | null;
  roleAttribute: string | null;
  roleMapping: Record<string, string>;
}

export async function idpSection(): Promise<HTMLElement> {
  const status = feedback('idp-status');
  const rows = h('tbody', { 'data-testid': 'idp-rows' });
  const load = async (): Promise<void> => {
    const idps = await call<Idp[]>('GET', 'saml/idps');
    rows.replaceChildren(...idps.map((idp) => idpRow(idp, status, load)));
    if (idps.length === 0) {
      rows.append(h('tr', {}, h('td', { colspan: '4' }, 'No identity provider yet.')));
    }
  };
  await load();
  return h('section', { class: 'card', 'aria-labelledby': 'idp-title' },
    h('h2', { id: 'idp-title' }, 'SAML identity providers'),
    h('p', {}, 'Give your IdP Parley\'s ', h('a', { href: '/saml/metadata', download: 'parley-sp-metadata.xml',
      'data-testid': 'sp-metadata' }, 'service provider metadata'), '.'),
    h('p', {}, status.element),
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {},
      ...['Identity provider', 'Entity ID', 'Metadata', 'Actions'].map((t) => h('th', {}, t)))), rows)),
    addForm(load));
}

function idpRow(idp: Idp, status: Feedback, reload: () => Promise<void>): HTMLElement {
  const refresh = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'idp-refresh',
    disabled: !idp.metadataUrl }, 'Refresh');
  const remove = h('button', { type: 'button', class: 'danger small', 'data-testid': 'idp-delete' }, 'Delete');
  const path = `saml/idps/${encodeURIComponent(idp.id)}`;
  refresh.addEventListener('click', () => void act(refresh, status, `Fetching ${idp.name}'s metadata…`,
    `${idp.name}: metadata refreshed.`, () => call('POST', `${path}/refresh`))
    .then((ok) => (ok ? reload() : undefined)));
  remove.addEventListener('click', () => void act(remove, status, `Deleting ${idp.name}…`, `${idp.name} deleted.`,
    () => call('DELETE', path), { question: `Delete ${idp.name}?`, yes: 'Delete', detail: 'Its users can no '
      + 'longer sign in through it, and their sessions and tokens end now.' })
    .then((ok) => (ok ? reload() : undefined)));
  return h('tr', { 'data-testid': 'idp-row', 'data-id': idp.id },
    h('td', {}, idp.name, ' ', h('span', { class: 'tag' }, idp.enabled ? 'enabled' : 'disabled')),
    h('td', { class: 'details' }, idp.entityId),
    h('td', { class: 'details' }, idp.metadataUrl || 'uploaded', h('br', {}),
      `fetched ${formatTime(idp.metadataFetchedAt)}`),
    h('td', { class: 'action' }, refresh, ' ', remove));
}

function addForm(reload: () => Promise<void>): HTMLElement {
  const text = (name: string): HTMLInputElement => h('input', { type: 'text', 'data-field': name,
    'data-testid': `idp-${name}`, autocomplete: 'off' });
  const id = text('id');
  const name = text('name');
  const url = text('metadataUrl');
  const file = h('input', { type: 'file', accept: '.xml,application/xml,text/xml', 'data-field': 'metadataXml',
    'data-testid': 'idp-metadata-file' });
  const roleAttribute = text('roleAttribute');
  const mapping = h('textarea', { rows: '3', 'data-field': 'roleMapping', 'data-testid': 'idp-roleMapping' });
  const enabled = h('input', { type: 'checkbox', id: 'idp-enabled', checked: true });
  const status = feedback('idp-add-status');
  const form = h('form', { novalidate: true }, h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('idp-id', 'Short id', id, 'Lower-case letters, digits and dashes; part of its sign-in link.'),
    field('idp-name', 'Name on the sign-in page', name),
    field('idp-file', 'Metadata file', file, 'The IdP\'s metadata XML, or give its URL below.'),
    field('idp-url', 'Metadata URL', url, 'https; fetched again every few hours.'),
    field('idp-role-attr', 'Role attribute', roleAttribute, 'The attribute whose values decide the role.'),
    field('idp-mapping', 'Role mapping', mapping, 'One value=role a line, e.g. meeting-admins=admin.'),
    h('div', { class: 'check' }, enabled, h('label', { for: 'idp-enabled' }, 'Offer it on the sign-in page')),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'idp-add' },
      'Add identity provider'), status.element));
  onSubmit(form, async () => {
    let roles: Record<string, string>;
    try {
      roles = roleMappingOf(mapping.value);
    } catch (error) {
      fieldError(form, 'roleMapping', (error as Error).message);
      return;
    }
    const body: Record<string, unknown> = { id: id.value.trim(), name: name.value.trim(), enabled: enabled.checked,
      roleMapping: roles };
    const xml = file.files?.[0];
    if (xml) {
      body.metadataXml = await xml.text();
    } else {
      body.metadataUrl = url.value.trim();
    }
    if (roleAttribute.value.trim()) {
      body.roleAttribute = roleAttribute.value.trim();
    }
    status.busy('Adding…');
    try {
      await call('POST', 'saml/idps', body);
      activity();
      status.done(`Added ${body.name}.`);
      form.reset();
      await reload();
    } catch (error) {
      status.failedText('Not added.');
      throw error;
    }
  });
  return h('div', {}, h('h3', {}, 'Add an identity provider'), form);
}

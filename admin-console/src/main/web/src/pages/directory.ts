// Directory and SSO: the LDAP/AD settings (generated form; the group-to-role mapping is its roleMapping), "test
// connection" and "look up user" with what the directory answered; SAML identity providers (list, add by metadata
// file or URL, refresh, delete), the SP metadata to give the IdP, and the SAML settings form.
import { call } from '@parley/web-kit/api';
import { field, h, onSubmit } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { feedback, Feedback } from '../shell/feedback';
import { activity, sessionEnded } from '../shell/session';
import { pidSection } from '../settings/pid-form';
import { idpSection } from '../directory/idps';

interface ServerTest {
  url: string;
  reachable: boolean;
  tls: boolean;
  bind: boolean;
  problem: string | null;
}

interface Lookup {
  found: boolean;
  dn: string | null;
  displayName: string | null;
  email: string | null;
  groups: string[];
  roles: string[];
  disabled: boolean;
  problem: string | null;
}

export async function renderDirectory(main: HTMLElement): Promise<Stop> {
  main.append(h('h1', {}, 'Directory and SSO'),
    await pidSection('org.parley.auth.Directory', 'Sign-in against LDAP or Active Directory. Save the settings, '
      + 'then test them below. roleMapping maps directory groups to Parley roles, one role=group DN a line.'),
    directoryChecks(),
    await idpSection(),
    await pidSection('org.parley.auth.Saml', 'The service provider: the address browsers use, and what is '
      + 'accepted from identity providers.'));
  return () => undefined;
}

function directoryChecks(): HTMLElement {
  const status = feedback('directory-test-status');
  const servers = h('ul', { class: 'health-list', 'data-testid': 'directory-servers' });
  const test = h('button', { type: 'button', class: 'secondary', 'data-testid': 'directory-test' },
    'Test connection');
  test.addEventListener('click', () => void testConnection(test, status, servers));
  return h('section', { class: 'card', 'aria-labelledby': 'dir-checks' },
    h('h2', { id: 'dir-checks' }, 'Check the directory'),
    h('p', {}, 'Uses the saved settings.'), h('p', { class: 'actions' }, test, status.element), servers,
    lookupForm());
}

async function testConnection(test: HTMLButtonElement, status: Feedback, servers: HTMLElement): Promise<void> {
  servers.replaceChildren();
  test.disabled = true;
  status.busy('Connecting to the directory…');
  try {
    const answer = await call<{ ok: boolean; servers: ServerTest[] }>('POST', 'directory/test');
    activity();
    servers.append(...answer.servers.map(serverLine));
    if (answer.ok) {
      status.done('Connection works.');
    } else {
      status.failedText('The directory could not be used: see each server below.');
    }
  } catch (error) {
    if (!sessionEnded(error)) {
      status.failed(error);
    }
  } finally {
    test.disabled = false;
  }
}

function serverLine(server: ServerTest): HTMLElement {
  const ok = server.reachable && server.bind;
  return h('li', { 'data-testid': 'directory-server', 'data-ok': String(ok) },
    h('span', { class: `status ${ok ? 'status-up' : 'status-down'}` }, ok ? 'OK' : 'FAILED'), ' ',
    h('code', {}, server.url), ' — ', [server.reachable ? 'reachable' : 'not reachable',
      server.tls ? 'TLS' : 'no TLS', server.bind ? 'bind accepted' : 'bind refused'].join(', '),
    server.problem ? h('p', { class: 'hint' }, server.problem) : null);
}

function lookupForm(): HTMLElement {
  const username = h('input', { type: 'text', 'data-field': 'username', 'data-testid': 'lookup-username',
    autocomplete: 'off' });
  const status = feedback('lookup-status');
  const out = h('div', { 'data-testid': 'lookup-result', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('lookup-user', 'Look up a user', username, 'A user name as people type it to sign in.'),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', 'data-testid': 'lookup-submit' },
      'Look up'), status.element));
  onSubmit(form, async () => {
    status.busy('Looking up…');
    out.replaceChildren();
    try {
      const found = await call<Lookup>('POST', 'directory/lookup', { username: username.value.trim() });
      status.done(found.found ? 'Found.' : 'Not found.');
      out.append(lookupFacts(found));
    } catch (error) {
      status.failedText('Not looked up.');
      throw error;
    }
  });
  return h('div', { class: 'lookup' }, form, out);
}

function lookupFacts(found: Lookup): HTMLElement {
  if (!found.found) {
    return h('p', { class: 'notice' }, found.problem ?? 'The directory has no such user.');
  }
  const list = (items: string[]): HTMLElement => items.length === 0 ? h('span', { class: 'muted' }, 'none')
    : h('ul', {}, ...items.map((item) => h('li', {}, item)));
  return h('dl', { class: 'facts' },
    h('dt', {}, 'Entry'), h('dd', { 'data-testid': 'lookup-dn' }, found.dn ?? '—'),
    h('dt', {}, 'Name'), h('dd', {}, found.displayName ?? '—'),
    h('dt', {}, 'Email'), h('dd', {}, found.email ?? '—'),
    h('dt', {}, 'Groups'), h('dd', {}, list(found.groups)),
    h('dt', {}, 'Parley roles'), h('dd', { 'data-testid': 'lookup-roles' }, list(found.roles)),
    h('dt', {}, 'Disabled'), h('dd', {}, found.disabled ? 'Yes: cannot sign in' : 'No'),
    found.problem ? h('dt', {}, 'Problem') : null, found.problem ? h('dd', {}, found.problem) : null);
}

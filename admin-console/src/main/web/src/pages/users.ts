// Users and roles: find, create (the one-time password shown once), change roles, disable or enable, reset the
// password (a new one-time password, shown once) or MFA; all through /api/v1/users.
import { call } from '@parley/web-kit/api';
import { clearErrors, field, h, showProblem } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { confirmAction } from '../shell/confirm';
import { feedback, Feedback } from '../shell/feedback';
import { activity, sessionEnded } from '../shell/session';

interface User {
  id: string;
  realm: string;
  username: string;
  displayName: string | null;
  email: string | null;
  roles: string[];
  disabled: boolean;
  mfaEnrolled: boolean;
  passwordChangeRequired: boolean;
  locked: boolean;
}

interface UserPage {
  items: User[];
  page: number;
  size: number;
  total: number;
}

const ROLES = ['admin', 'auditor', 'host', 'member'];
const PAGE_SIZE = 25;

export async function renderUsers(main: HTMLElement): Promise<Stop> {
  const status = feedback('users-status');
  const secret = h('div', { 'data-testid': 'one-time-slot', 'aria-live': 'polite' });
  const body = h('tbody', { 'data-testid': 'user-rows' });
  const pager = h('p', { class: 'actions' });
  const search = h('input', { type: 'search', id: 'user-search', 'data-testid': 'user-search', autocomplete: 'off' });
  let page = 0;
  const load = async (): Promise<void> => {
    const q = encodeURIComponent(search.value.trim());
    const result = await call<UserPage>('GET', `users?q=${q}&page=${page}&size=${PAGE_SIZE}`);
    body.replaceChildren(...result.items.map((user) => userRow(user, status, secret, load)));
    if (result.items.length === 0) {
      body.append(h('tr', {}, h('td', { colspan: '5' }, 'No user matches.')));
    }
    drawPager(pager, result, (next) => {
      page = next;
      void load();
    });
  };
  const searchForm = h('form', { role: 'search', class: 'inline-form' },
    h('label', { for: 'user-search' }, 'Find users by name or email'), search,
    h('button', { type: 'submit', class: 'secondary' }, 'Search'));
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    void load().catch((error) => status.failed(error));
  });
  main.append(h('h1', {}, 'Users and roles'), createForm(secret, load), secret,
    h('section', { class: 'card', 'aria-labelledby': 'users-title' }, h('h2', { id: 'users-title' }, 'Users'),
      searchForm, h('p', {}, status.element),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ...['User', 'Roles', 'State', 'Sign-in', 'Actions'].map((t) => h('th', {}, t)))),
        body)), pager));
  await load();
  return () => undefined;
}

function drawPager(pager: HTMLElement, result: UserPage, go: (page: number) => void): void {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const prev = h('button', { type: 'button', class: 'secondary small', disabled: result.page === 0 }, 'Previous');
  const next = h('button', { type: 'button', class: 'secondary small', disabled: result.page + 1 >= pages }, 'Next');
  prev.addEventListener('click', () => go(result.page - 1));
  next.addEventListener('click', () => go(result.page + 1));
  pager.replaceChildren(prev, h('span', { class: 'muted' }, `Page ${result.page + 1} of ${pages} · ${result.total} `
    + 'users'), next);
}

function roleBoxes(prefix: string, chosen: string[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'field choices', 'data-field': 'roles' }, h('legend', {}, 'Roles'),
    ...ROLES.map((role) => {
      const box = h('input', { type: 'checkbox', id: `${prefix}-${role}`, value: role,
        'data-testid': `${prefix}-${role}` });
      box.checked = chosen.includes(role);
      return h('div', { class: 'check' }, box, h('label', { for: `${prefix}-${role}` }, role));
    }), h('p', { class: 'field-error', hidden: true }));
}

function checkedRoles(scope: HTMLElement): string[] {
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')).map((b) => b.value);
}

function showOneTime(slot: HTMLElement, username: string, password: string): void {
  const box = h('div', { class: 'notice one-time', 'data-testid': 'one-time' },
    h('p', {}, `One-time password for ${username} — shown only now. Give it to them in person or by phone; they `
      + 'choose their own at first sign-in.'),
    h('p', {}, h('code', { 'data-testid': 'one-time-password', class: 'secret' }, password)),
    h('button', { type: 'button', class: 'secondary small' }, 'I have passed it on'));
  box.querySelector('button')?.addEventListener('click', () => box.remove());
  slot.replaceChildren(box);
  box.querySelector<HTMLElement>('code')?.focus();
}

function createForm(slot: HTMLElement, reload: () => Promise<void>): HTMLElement {
  const status = feedback('create-status');
  const username = h('input', { type: 'text', 'data-field': 'username', 'data-testid': 'new-username',
    autocomplete: 'off', required: true });
  const displayName = h('input', { type: 'text', 'data-field': 'displayName', 'data-testid': 'new-display-name',
    autocomplete: 'off' });
  const email = h('input', { type: 'email', 'data-field': 'email', 'data-testid': 'new-email', autocomplete: 'off' });
  const roles = roleBoxes('new-role', ['member']);
  const form = h('form', { novalidate: true, 'data-testid': 'create-user' },
    h('p', { class: 'form-error', role: 'alert', hidden: true }),
    field('new-username', 'User name', username), field('new-display-name', 'Display name', displayName),
    field('new-email', 'Email', email), roles,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'create-submit' },
      'Create user'), status.element));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.busy('Creating…');
    try {
      const created = await call<User & { oneTimePassword: string }>('POST', 'users', {
        username: username.value.trim(), displayName: displayName.value.trim() || null,
        email: email.value.trim() || null, roles: checkedRoles(roles) });
      activity();
      status.done(`Created ${created.username}.`);
      showOneTime(slot, created.username, created.oneTimePassword);
      form.reset();
      await reload();
    } catch (error) {
      if (!sessionEnded(error)) {
        showProblem(form, error);
        status.failed(error, 'Not created');
      }
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, 'Create a user'), form);
}

function stateText(user: User): string {
  const parts = [user.disabled ? 'Disabled' : 'Enabled'];
  if (user.locked) {
    parts.push('locked');
  }
  return parts.join(', ');
}

function signInText(user: User): string {
  const parts = [user.mfaEnrolled ? 'MFA on' : 'no MFA'];
  if (user.passwordChangeRequired) {
    parts.push('must choose a password');
  }
  return `${user.realm} · ${parts.join(', ')}`;
}

async function act(status: Feedback, busy: string, done: string, action: () => Promise<void>,
  reload: () => Promise<void>): Promise<void> {
  status.busy(busy);
  try {
    await action();
    activity();
    status.done(done);
    await reload();
  } catch (error) {
    if (!sessionEnded(error)) {
      status.failed(error);
    }
  }
}

function userRow(user: User, status: Feedback, slot: HTMLElement, reload: () => Promise<void>): HTMLElement {
  const name = user.displayName && user.displayName !== user.username ? `${user.username} (${user.displayName})`
    : user.username;
  const button = (label: string, testId: string, kind = 'secondary'): HTMLButtonElement =>
    h('button', { type: 'button', class: `${kind} small`, 'data-testid': testId,
      'aria-label': `${label}: ${user.username}` }, label);
  const roles = button('Roles', 'user-roles');
  const toggle = button(user.disabled ? 'Enable' : 'Disable', user.disabled ? 'user-enable' : 'user-disable',
    user.disabled ? 'secondary' : 'danger');
  const password = button('Reset password', 'user-reset-password', 'danger');
  const mfa = button('Reset MFA', 'user-reset-mfa', 'danger');
  const path = `users/${encodeURIComponent(user.id)}`;
  const row = h('tr', { 'data-testid': 'user-row', 'data-username': user.username },
    h('td', {}, name, user.email ? h('div', { class: 'muted' }, user.email) : null),
    h('td', { 'data-testid': 'user-role-list' }, user.roles.join(', ') || '—'),
    h('td', {}, stateText(user)), h('td', {}, signInText(user)),
    h('td', { class: 'action' }, roles, ' ', toggle, ' ', password, ' ', mfa));
  roles.addEventListener('click', () => editRoles(row, user, status, reload));
  toggle.addEventListener('click', async () => {
    if (!user.disabled && !await confirmAction(`Disable ${user.username}?`, 'Their sessions and API tokens stop '
      + 'working at once. You can enable the account again later.', 'Disable')) {
      return;
    }
    await act(status, user.disabled ? 'Enabling…' : 'Disabling…', `${user.username} is now `
      + (user.disabled ? 'enabled.' : 'disabled.'), () => call('PATCH', path, { disabled: !user.disabled }), reload);
  });
  password.addEventListener('click', async () => {
    if (await confirmAction(`Reset the password of ${user.username}?`, 'Their sessions and API tokens end, and they '
      + 'must sign in with a new one-time password.', 'Reset password')) {
      await act(status, 'Resetting…', `New one-time password for ${user.username} below.`, async () => {
        const answer = await call<{ oneTimePassword: string }>('POST', `${path}/password-reset`);
        showOneTime(slot, user.username, answer.oneTimePassword);
      }, reload);
    }
  });
  mfa.addEventListener('click', async () => {
    if (await confirmAction(`Reset MFA of ${user.username}?`, 'Their authenticator stops working; their sessions '
      + 'and tokens end, and they enrol again at the next sign-in.', 'Reset MFA')) {
      await act(status, 'Resetting…', `MFA of ${user.username} was reset.`, () => call('POST', `${path}/mfa-reset`),
        reload);
    }
  });
  return row;
}

function editRoles(row: HTMLElement, user: User, status: Feedback, reload: () => Promise<void>): void {
  const cell = row.querySelector<HTMLElement>('[data-testid="user-role-list"]');
  if (!cell || cell.querySelector('form')) {
    return;
  }
  const boxes = roleBoxes(`roles-${user.id}`, user.roles);
  const form = h('form', { class: 'roles-form', 'data-testid': 'roles-form' }, boxes,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary small', 'data-testid': 'roles-save' },
      'Save roles'), h('button', { type: 'button', class: 'secondary small' }, 'Cancel')));
  form.querySelector('button[type="button"]')?.addEventListener('click', () => void reload());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.busy('Saving roles…');
    try {
      await call('PATCH', `users/${encodeURIComponent(user.id)}`, { roles: checkedRoles(boxes) });
      activity();
      status.done(`Roles of ${user.username} saved.`);
      await reload();
    } catch (error) {
      if (!sessionEnded(error)) {
        showProblem(form, error);
        status.failed(error, 'Roles not saved');
      }
    }
  });
  cell.replaceChildren(form);
  form.querySelector<HTMLInputElement>('input')?.focus();
}

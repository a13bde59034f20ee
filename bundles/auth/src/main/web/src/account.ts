// /account: the signed-in person's own account: password, TOTP, sessions, API tokens, sign-out.
import './style.css';
import { account, AccountView, ApiError, auth, SessionInfo, TokenInfo, useSession } from './api';
import { byId, fieldError, formatTime, h, input, onSubmit } from '@parley/web-kit/dom';
import { enrolTotp } from './enrol';
import { passwordForm } from './password';
import { tokenChoices } from './permissions';

const DAY_MS = 24 * 60 * 60 * 1000;

function toSignIn(): void {
  location.replace('/sign-in?next=' + encodeURIComponent('/account'));
}

/** Shows a failed action in its section; a lost session sends the person to sign in again. */
function report(slotId: string, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    toSignIn();
    return;
  }
  const slot = byId(slotId);
  slot.textContent = error instanceof ApiError ? error.problem.detail : 'Something went wrong. Reload the page.';
  slot.hidden = false;
}

function clear(slotId: string): void {
  byId(slotId).hidden = true;
}

function renderProfile(view: AccountView): void {
  byId('who-name').textContent = view.username;
  byId('who').hidden = false;
  byId('sign-out').hidden = false;
  byId('profile-username').textContent = view.username;
  byId('profile-name').textContent = view.displayName || '—';
  byId('profile-roles').textContent = view.roles.length ? view.roles.join(', ') : 'none';
  byId('mfa-status').textContent = view.mfaEnrolled
    ? 'On: you sign in with your password and a code from your authenticator app.'
    : 'Off: you sign in with your password only. Add an authenticator app to protect your account.';
  byId('mfa-start').hidden = view.mfaEnrolled;
}

async function loadSessions(): Promise<void> {
  const sessions = await account.sessions();
  byId('sessions-body').replaceChildren(...sessions.map(sessionRow));
}

function sessionRow(session: SessionInfo): HTMLTableRowElement {
  const revoke = h('button', { type: 'button', class: 'secondary small',
    'aria-label': `Sign out the session from ${session.clientAddress}, signed in ${formatTime(session.createdAt)}` },
  'Sign out');
  revoke.addEventListener('click', async () => {
    clear('sessions-error');
    try {
      await account.revokeSession(session.id);
      if (session.current) {
        toSignIn();
        return;
      }
      await loadSessions();
    } catch (error) {
      report('sessions-error', error);
    }
  });
  return h('tr', {},
    h('td', {}, session.clientAddress, session.current ? h('span', { class: 'tag' }, 'this browser') : null),
    h('td', {}, formatTime(session.createdAt)),
    h('td', {}, formatTime(session.lastActiveAt)),
    h('td', { class: 'action' }, revoke));
}

async function loadTokens(): Promise<void> {
  const tokens = await account.tokens();
  const rows = tokens.map(tokenRow);
  byId('tokens-body').replaceChildren(...(rows.length ? rows
    : [h('tr', {}, h('td', { colspan: '6', class: 'muted' }, 'You have no API tokens.'))]));
}

function tokenRow(token: TokenInfo): HTMLTableRowElement {
  const revoke = h('button', { type: 'button', class: 'secondary small', 'aria-label': `Revoke token ${token.name}` },
    'Revoke');
  revoke.addEventListener('click', async () => {
    clear('tokens-error');
    try {
      await account.revokeToken(token.id);
      await loadTokens();
    } catch (error) {
      report('tokens-error', error);
    }
  });
  return h('tr', {},
    h('td', {}, token.name),
    h('td', {}, ...token.permissions.map((p) => h('code', { class: 'perm' }, p))),
    h('td', {}, formatTime(token.createdAt)),
    h('td', {}, formatTime(token.expiresAt)),
    h('td', {}, formatTime(token.lastUsedAt)),
    h('td', { class: 'action' }, revoke));
}

function wirePassword(): void {
  passwordForm(byId<HTMLFormElement>('password-form'), 'pw', 'Change password', () => null, async () => {
    byId('pw-done').textContent = 'Password changed.';
  });
}

function wireMfa(): void {
  const start = byId<HTMLButtonElement>('mfa-start');
  start.addEventListener('click', async () => {
    start.hidden = true;
    clear('mfa-error');
    try {
      await enrolTotp(byId('mfa-enrolment'), 'h3');
      renderProfile(await account.get());
    } catch (error) {
      start.hidden = false;
      report('mfa-error', error);
    }
  });
}

function isoDay(time: number): string {
  const day = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function wireTokens(view: AccountView): void {
  const form = byId<HTMLFormElement>('token-form');
  const expires = input(form, 'expiresAt');
  expires.min = isoDay(Date.now() + DAY_MS);
  expires.value = isoDay(Date.now() + 30 * DAY_MS);
  byId('token-permissions').replaceChildren(...tokenChoices(view.roles).map((choice, i) =>
    h('p', { class: 'check' },
      h('input', { type: 'checkbox', id: `perm-${i}`, value: choice.permission, name: 'permission' }),
      h('label', { for: `perm-${i}` }, choice.description, ' ', h('code', { class: 'perm' }, choice.permission)))));
  onSubmit(form, async () => {
    const name = input(form, 'name').value.trim();
    const permissions = [...form.querySelectorAll<HTMLInputElement>('input[name="permission"]:checked')]
      .map((box) => box.value);
    if (!expires.value) {
      fieldError(form, 'expiresAt', 'Choose the day the token stops working.');
      return;
    }
    // The token works until the end of the chosen day, in this browser's time zone.
    const expiresAt = new Date(expires.value + 'T23:59:59').toISOString();
    const created = await account.createToken(name, expiresAt, permissions);
    form.reset();
    expires.value = isoDay(Date.now() + 30 * DAY_MS);
    showNewToken(created.token);
    await loadTokens();
  });
}

function showNewToken(token: string): void {
  const box = byId('token-created');
  byId('new-token').textContent = token;
  byId('token-copied').textContent = '';
  box.hidden = false;
  byId('token-copy').focus();
}

function wireTokenNotice(): void {
  byId('token-copy').addEventListener('click', () => {
    navigator.clipboard.writeText(byId('new-token').textContent ?? '').then(
      () => (byId('token-copied').textContent = 'Copied.'),
      () => (byId('token-copied').textContent = 'Copying is not allowed here; select the token and copy it.'));
  });
  byId('token-dismiss').addEventListener('click', () => {
    byId('new-token').textContent = '';
    byId('token-created').hidden = true;
  });
}

function wireSignOut(): void {
  byId('sign-out').addEventListener('click', async () => {
    let next = '/sign-in';
    try {
      next = (await auth.signOut())?.redirect ?? next;
    } finally {
      location.assign(next);
    }
  });
  byId('sign-out-everywhere').addEventListener('click', async () => {
    if (!window.confirm('Sign out of Parley on every device, this browser included?')) {
      return;
    }
    try {
      await account.signOutEverywhere();
      toSignIn();
    } catch (error) {
      report('sessions-error', error);
    }
  });
}

async function start(): Promise<void> {
  let view: AccountView;
  try {
    const session = useSession(await auth.session());
    if (session.passwordChangeRequired || session.mfaEnrolmentRequired) {
      location.replace('/sign-in');
      return;
    }
    view = await account.get();
  } catch (error) {
    report('page-error', error);
    return;
  }
  renderProfile(view);
  wirePassword();
  wireMfa();
  wireTokens(view);
  wireTokenNotice();
  wireSignOut();
  byId('account-body').hidden = false;
  await Promise.all([loadSessions().catch((e) => report('sessions-error', e)),
    loadTokens().catch((e) => report('tokens-error', e))]);
}

void start();

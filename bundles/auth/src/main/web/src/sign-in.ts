// /sign-in: password (and code) sign-in, then whatever the account must do first: a new password, TOTP enrolment.
import './style.css';
import { ApiError, auth, SessionView, useSession } from './api';
import { announce, byId, fieldError, input, onSubmit } from '@parley/web-kit/dom';
import { enrolTotp } from './enrol';
import { passwordForm } from './password';
import { showProviders, showSsoError } from './sso';

const STEPS = ['step-sign-in', 'step-password', 'step-mfa'] as const;
type Step = (typeof STEPS)[number];

const TITLES: Record<Step, string> = {
  'step-sign-in': 'Sign in',
  'step-password': 'Choose a new password',
  'step-mfa': 'Set up two-factor sign-in',
};

/** The password typed at sign-in, kept only in this page's memory, so the forced change need not ask for it again. */
let signInPassword: string | null = null;

function show(step: Step): void {
  for (const id of STEPS) {
    byId(id).hidden = id !== step;
  }
  document.title = TITLES[step] + ' · Parley';
  announce(byId(step).querySelector('h1') as HTMLElement);
}

/** Only a path on this site, so a crafted link cannot send people elsewhere after they sign in. */
function destination(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/account';
}

async function proceed(session: SessionView): Promise<void> {
  if (session.passwordChangeRequired) {
    byId('pw-current-field').hidden = signInPassword !== null;
    show('step-password');
    return;
  }
  signInPassword = null;
  if (session.mfaEnrolmentRequired) {
    show('step-mfa');
    try {
      await enrolTotp(byId('mfa-enrolment'), 'h2');
    } catch (error) {
      const message = byId('mfa-error');
      message.textContent = error instanceof ApiError ? error.problem.detail : 'Enrolment failed. Reload the page.';
      message.hidden = false;
      return;
    }
  }
  location.assign(destination());
}

function wireSignIn(): void {
  const form = byId<HTMLFormElement>('sign-in-form');
  const codeField = byId('code-field');
  onSubmit(form, async () => {
    const username = input(form, 'username').value.trim();
    const password = input(form, 'password').value;
    if (!username || !password) {
      fieldError(form, username ? 'password' : 'username', username ? 'Enter your password.' : 'Enter your user name.');
      return;
    }
    try {
      const session = useSession(await auth.signIn(username, password, input(form, 'code').value.trim()));
      signInPassword = password;
      input(form, 'password').value = '';
      await proceed(session);
    } catch (error) {
      if (error instanceof ApiError && error.problem.field === 'code' && codeField.hidden) {
        codeField.hidden = false;
      }
      throw error;
    }
  });
}

function wireNewPassword(): void {
  passwordForm(byId<HTMLFormElement>('new-password-form'), 'pw', 'Save password', () => signInPassword,
    async () => proceed(useSession(await auth.session())));
}

async function showBanner(): Promise<void> {
  try {
    const { banner } = await auth.banner();
    if (banner && banner.trim()) {
      const element = byId('banner');
      element.textContent = banner;
      element.hidden = false;
    }
  } catch {
    // The banner is a notice, not a gate: signing in works without it.
  }
}

async function start(): Promise<void> {
  wireSignIn();
  wireNewPassword();
  void showBanner();
  showSsoError();
  void showProviders(destination());
  try {
    const session = useSession(await auth.session());
    await proceed(session);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) {
      throw error;
    }
    input(byId<HTMLFormElement>('sign-in-form'), 'username').focus();
  }
}

void start();

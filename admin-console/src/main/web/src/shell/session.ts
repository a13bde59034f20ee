// The signed-in session as the console sees it: the CSRF token for changes, who is signed in, and the idle
// timeout. The seconds left are read from the server in the background (X-Parley-Background: 1, which does not
// count as activity) and counted down here between readings; a minute before the end a warning offers "Stay signed
// in" (a request that does count). When the session has ended, the person is sent to sign in and back.
import { ApiError, call, setCsrfToken } from '@parley/web-kit/api';
import { byId } from '@parley/web-kit/dom';
import { idleState, nextCheckMillis, warningText } from './idle';

export interface SessionView {
  username: string;
  roles: string[];
  csrfToken: string;
  idleSecondsLeft: number;
  absoluteSecondsLeft: number;
}

let checkTimer: number | undefined;
let tickTimer: number | undefined;
let readAt = 0;
let last: SessionView | null = null;

export async function startSession(): Promise<SessionView> {
  const view = await call<SessionView>('GET', 'auth/session', undefined, { background: true });
  setCsrfToken(view.csrfToken);
  remember(view);
  byId('stay-signed-in').addEventListener('click', () => void staySignedIn());
  tickTimer = window.setInterval(showState, 1000);
  return view;
}

/** Any answer 401 from the API means the session is gone: stop and go to sign in. */
export function sessionEnded(error: unknown): boolean {
  if (error instanceof ApiError && error.status === 401) {
    endNow();
    return true;
  }
  return false;
}

/** A person did something that reached the server: its idle time restarted there, so read it again soon. */
export function activity(): void {
  schedule(500);
}

function remember(view: SessionView): void {
  last = view;
  readAt = Date.now();
  showState();
  schedule(nextCheckMillis(Math.min(view.idleSecondsLeft, view.absoluteSecondsLeft)));
}

function schedule(millis: number): void {
  window.clearTimeout(checkTimer);
  checkTimer = window.setTimeout(() => void check(false), millis);
}

async function check(asActivity: boolean): Promise<void> {
  try {
    remember(await call<SessionView>('GET', 'auth/session', undefined, { background: !asActivity }));
  } catch (error) {
    if (!sessionEnded(error)) {
      schedule(10_000);
    }
  }
}

async function staySignedIn(): Promise<void> {
  await check(true);
  byId('live').textContent = 'You stay signed in.';
}

function showState(): void {
  if (!last) {
    return;
  }
  const elapsed = (Date.now() - readAt) / 1000;
  const state = idleState(last.idleSecondsLeft - elapsed, last.absoluteSecondsLeft - elapsed);
  const box = byId('idle-warning');
  if (state.kind === 'ended') {
    void check(false);
    return;
  }
  if (state.kind === 'fine') {
    box.hidden = true;
    return;
  }
  byId('idle-text').textContent = warningText(state);
  byId('stay-signed-in').hidden = !state.canExtend;
  if (box.hidden) {
    box.hidden = false;
    byId('live').textContent = warningText(state);
  }
}

function endNow(): void {
  window.clearTimeout(checkTimer);
  window.clearInterval(tickTimer);
  const next = encodeURIComponent(location.pathname);
  location.assign(`/sign-in?next=${next}`);
}

export async function signOut(): Promise<void> {
  try {
    const answer = await call<{ redirect?: string } | undefined>('POST', 'auth/sign-out');
    location.assign(answer?.redirect ?? '/sign-in');
  } catch (error) {
    if (!sessionEnded(error)) {
      throw error;
    }
  }
}

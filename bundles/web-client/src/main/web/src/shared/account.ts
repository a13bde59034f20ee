// Who is using the page, if anybody: GET auth/session (public: 401 when signed out) remembers the CSRF token for
// state-changing calls, then GET account gives the display name.
import { ApiError, call, setCsrfToken } from '@parley/web-kit/api';

export interface SignedIn {
  username: string;
  displayName: string;
}

interface SessionView {
  username: string;
  csrfToken: string;
}

interface AccountView {
  username: string;
  displayName: string | null;
}

/** The signed-in person, or null for a guest (no session, or it ended). */
export async function signedIn(): Promise<SignedIn | null> {
  let session: SessionView;
  try {
    session = await call<SessionView>('GET', 'auth/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  }
  setCsrfToken(session.csrfToken);
  const account = await call<AccountView>('GET', 'account');
  return { username: account.username, displayName: account.displayName || account.username };
}

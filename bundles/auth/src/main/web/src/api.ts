// The auth REST API as the pages use it (bundles/auth/README.md). Every state-changing call carries the session's
// CSRF token; errors arrive as RFC 9457 problem+json and are turned into ApiError so forms can show `detail` next to
// the field the server names.

export interface SessionView {
  username: string;
  roles: string[];
  csrfToken: string;
  passwordChangeRequired: boolean;
  mfaEnrolmentRequired: boolean;
}

export interface AccountView {
  username: string;
  displayName: string | null;
  roles: string[];
  mfaEnrolled: boolean;
  passwordChangeRequired: boolean;
  mfaEnrolmentRequired: boolean;
}

export interface TotpOffer {
  secret: string;
  otpauthUri: string;
}

export interface SessionInfo {
  id: string;
  clientAddress: string;
  createdAt: string;
  lastActiveAt: string;
  current: boolean;
}

export interface TokenInfo {
  id: string;
  name: string;
  permissions: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

export interface TokenCreated {
  id: string;
  token: string;
  name: string;
  expiresAt: string;
  permissions: string[];
}

export interface Problem {
  status: number;
  title: string;
  detail: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }

  get status(): number {
    return this.problem.status;
  }
}

let csrfToken = '';

/** Remembers the token that state-changing requests of this session must send (from sign-in or GET session). */
export function useSession(session: SessionView): SessionView {
  csrfToken = session.csrfToken;
  return session;
}

const UNREACHABLE: Problem = {
  status: 0,
  title: 'No connection',
  detail: 'Parley could not be reached. Check the network connection and try again.',
};

export async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch('/api/v1/' + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(UNREACHABLE);
  }
  const json = await readJson(response);
  if (!response.ok) {
    throw new ApiError(problemOf(response.status, json));
  }
  return json as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problemOf(status: number, json: unknown): Problem {
  const body = (json ?? {}) as Partial<Problem>;
  return {
    status,
    title: typeof body.title === 'string' ? body.title : 'Request failed',
    detail: typeof body.detail === 'string' ? body.detail : `The server answered ${status}. Try again later.`,
    field: typeof body.field === 'string' ? body.field : undefined,
  };
}

export const auth = {
  banner: () => call<{ banner: string | null }>('GET', 'auth/banner'),
  session: () => call<SessionView>('GET', 'auth/session'),
  signIn: (username: string, password: string, code?: string) =>
    call<SessionView>('POST', 'auth/sign-in', { username, password, code: code || undefined }),
  /** 204 (nothing) or, for a single sign-on session, `{redirect}`: the IdP's logout, where the browser goes next. */
  signOut: () => call<{ redirect?: string } | undefined>('POST', 'auth/sign-out'),
};

export interface IdentityProviderLink {
  id: string;
  name: string;
  loginUrl: string;
}

export const saml = {
  providers: () => call<IdentityProviderLink[]>('GET', 'saml/providers'),
};

export const account = {
  get: () => call<AccountView>('GET', 'account'),
  changePassword: (current: string, proposed: string) =>
    call<void>('POST', 'account/password', { current, new: proposed }),
  startTotp: () => call<TotpOffer>('POST', 'account/mfa/totp'),
  confirmTotp: (code: string) => call<{ recoveryCodes: string[] }>('POST', 'account/mfa/totp/confirm', { code }),
  sessions: () => call<SessionInfo[]>('GET', 'account/sessions'),
  revokeSession: (id: string) => call<void>('DELETE', 'account/sessions/' + encodeURIComponent(id)),
  signOutEverywhere: () => call<void>('POST', 'account/sign-out-everywhere'),
  tokens: () => call<TokenInfo[]>('GET', 'account/tokens'),
  createToken: (name: string, expiresAt: string, permissions: string[]) =>
    call<TokenCreated>('POST', 'account/tokens', { name, expiresAt, permissions }),
  revokeToken: (id: string) => call<void>('DELETE', 'account/tokens/' + encodeURIComponent(id)),
};

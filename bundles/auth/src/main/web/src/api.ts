// The auth REST API as the pages use it (bundles/auth/README.md), over @parley/web-kit's call (CSRF token on every
// state-changing call, problem+json turned into ApiError so forms can show `detail` next to the field it names).
import { call, setCsrfToken } from '@parley/web-kit/api';

export { ApiError } from '@parley/web-kit/api';

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

/** Remembers the token that state-changing requests of this session must send (from sign-in or GET session). */
export function useSession(session: SessionView): SessionView {
  setCsrfToken(session.csrfToken);
  return session;
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

// Single sign-on on /sign-in: one "Sign in with <IdP>" link per enabled SAML identity provider, and the message for
// `?error=<code>` when the SP refused an answer (the reason itself is only in the audit trail).
import { saml } from './api';
import { byId, h } from '@parley/web-kit/dom';

const MESSAGES: Record<string, string> = {
  'no-role': 'Your organisation account has no role in Parley. Ask an administrator to grant one.',
  refused: 'Your Parley account is disabled. Ask an administrator.',
  'unknown-request': 'The sign-in took too long or was already used. Start again.',
  unsolicited: 'Sign-in must start here, on this page. Choose your organisation below.',
  'idp-disabled': 'That identity provider is no longer enabled.',
};

const GENERIC = 'Single sign-on did not succeed. Try again; if it keeps failing, tell an administrator.';

/** The refusal named by `?error=`, shown above the form. */
export function showSsoError(): void {
  const code = new URLSearchParams(location.search).get('error');
  if (code) {
    const element = byId('sso-error');
    element.textContent = MESSAGES[code] ?? GENERIC;
    element.hidden = false;
  }
}

/** Links to `/saml/login` for each provider, carrying `next` so single sign-on lands where password sign-in would. */
export async function showProviders(next: string): Promise<void> {
  let providers;
  try {
    providers = await saml.providers();
  } catch {
    return; // Password sign-in works without the list.
  }
  if (!providers || providers.length === 0) {
    return;
  }
  const list = byId('sso-list');
  for (const provider of providers) {
    const href = provider.loginUrl + '&next=' + encodeURIComponent(next);
    list.append(h('li', {}, h('a', { class: 'sso-button secondary', href }, 'Sign in with ' + provider.name)));
  }
  byId('sso').hidden = false;
}

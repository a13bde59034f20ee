/**
 * Accounts, sign-in, sessions, MFA, API tokens and brute-force defence. Nothing here is exported: other bundles see
 * the outcome as the {@code org.parley.api.Caller} of a request, through the {@code Authenticator} service.
 */
package org.parley.auth.internal;

/**
 * Sign-in with an LDAP directory or Active Directory: the {@code org.parley.auth.Directory} settings, the
 * {@link org.parley.auth.internal.core.PasswordRealm} that binds as the user over TLS (ldaps, or StartTLS before
 * anything else is sent; host name always verified) and maps groups to roles, the periodic re-check that revokes
 * accounts the directory no longer vouches for, the console's "test connection" and "look up user" routes, and the
 * {@code directory} health check. Every value from the network or a person goes into filters and DNs escaped.
 */
package org.parley.auth.internal.ldap;

/** TOTP (RFC 6238) and recovery codes. */
package org.parley.auth.internal.mfa;

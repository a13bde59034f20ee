/** Random secrets, their SHA-256 digests and Base32, used by sessions, tokens, TOTP and recovery codes. */
package org.parley.auth.internal.crypto;

/** Brute-force defence: per-account delay and lock, per-address throttle. */
package org.parley.auth.internal.guard;

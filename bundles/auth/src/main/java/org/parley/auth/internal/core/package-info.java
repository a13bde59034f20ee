/** The services that sign in, authenticate, and change accounts, built on the stores; audited. */
package org.parley.auth.internal.core;

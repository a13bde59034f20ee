/** Integration tests of the auth services on real Derby and PostgreSQL. */
package org.parley.auth.internal.it;

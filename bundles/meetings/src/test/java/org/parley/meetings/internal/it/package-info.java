/** Integration tests of the meetings service on real Derby and PostgreSQL databases. */
package org.parley.meetings.internal.it;

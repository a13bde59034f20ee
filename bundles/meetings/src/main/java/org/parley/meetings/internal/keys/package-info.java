/** The bundle's secret keys on disk: 32 random bytes per key, mode 0600, made on first use. */
package org.parley.meetings.internal.keys;

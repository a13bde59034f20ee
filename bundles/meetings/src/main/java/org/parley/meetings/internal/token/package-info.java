/** Join tokens: HS256-signed, ten-minute credentials bound to one meeting and one participant. */
package org.parley.meetings.internal.token;

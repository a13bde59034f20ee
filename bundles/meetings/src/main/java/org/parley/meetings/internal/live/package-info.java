/**
 * Live meetings in memory: one room per meeting with its roster, lobby, host controls and chat relay, the
 * {@link org.parley.meetings.api.LiveMeetings} service transports attach to, and the ticker behind every timeout.
 */
package org.parley.meetings.internal.live;

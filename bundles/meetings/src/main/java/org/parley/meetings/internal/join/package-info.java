/**
 * {@code POST /api/v1/meetings/{id}/join}: who may join a meeting (passcode, throttling, the meeting's and the
 * organisation's rules) and the join token they get.
 */
package org.parley.meetings.internal.join;

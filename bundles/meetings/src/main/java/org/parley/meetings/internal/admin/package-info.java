/**
 * The administrator's view of live meetings ({@code /api/v1/live-meetings}): every live meeting, rosters with
 * connection quality, end for everyone and removal, through the same room code as the host's controls.
 */
package org.parley.meetings.internal.admin;

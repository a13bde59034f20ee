/**
 * The live side of meetings, as other bundles use it: a signed join token attaches a connection (a browser's
 * WebSocket through signaling, later a SIP leg) to its participant; the participant sends
 * {@link org.parley.meetings.api.MeetingCommand}s and receives {@link org.parley.meetings.api.MeetingEvent}s.
 * The meetings bundle owns the rooms, the lobby, the roster and every host control, and enforces them; a
 * transport only carries them. Since 1.1: media negotiation (SDP offers and answers both ways, the dominant
 * speaker, the media connection's state) travels the same way; the meetings bundle owns each participant's media
 * leg, so host controls hold on the server.
 */
@Export
@Version("1.1.0")
package org.parley.meetings.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

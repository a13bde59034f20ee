package org.parley.media.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens media legs. A leg belongs to one participant of one meeting; the legs of the same meeting id form one
 * conference in which every leg receives every other leg's forwarded tracks.
 *
 * <p>Threading: callable from any thread. Lifecycle: a service of the media bundle; when the bundle stops, every
 * open leg is closed and its listener told {@link MediaConnection.State#CLOSED}.
 */
@ProviderType
public interface MediaService {

    /**
     * Opens the participant's leg. Nothing is offered until the browser's first offer ({@link MediaLeg#offer}).
     *
     * @param meetingId the meeting's URL id (URL-safe, 1–64 characters)
     * @param participantId the participant's id in that meeting (URL-safe, 1–64 characters); it becomes the
     *                      {@code msid} stream id of the participant's tracks in every other leg's SDP
     * @param listener receives offers, speakers and connection changes until the leg is closed
     * @return the open leg; all tracks start not forwarded until {@link MediaLeg#forward} allows them
     * @throws MediaRefused when the ids are malformed, the participant already has an open leg, or media cannot
     *                      be offered (its ports are not bound); the message says which
     */
    MediaLeg open(String meetingId, String participantId, MediaListener listener) throws MediaRefused;
}

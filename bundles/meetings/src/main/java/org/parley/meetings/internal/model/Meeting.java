package org.parley.meetings.internal.model;

import java.time.Instant;

/**
 * A stored meeting. The title is sensitive (never logged or audited); the passcode is kept only as ciphertext.
 * Immutable.
 *
 * @param id the unguessable URL id
 * @param numericId the 10-digit id for phones
 * @param ownerId the owning account's id
 * @param ownerName the owning account's user name
 * @param title what the host called it
 * @param schedule when it happens
 * @param options how people join
 * @param sealedPasscode the encrypted passcode, or {@code null} when none is needed
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Meeting(String id, long numericId, String ownerId, String ownerName, String title, Schedule schedule,
        MeetingOptions options, String sealedPasscode, Instant createdAt, Instant updatedAt) {

    /** The path of the meeting's page, {@code /m/{id}}, which the invitation links to. */
    public String linkPath() {
        return "/m/" + id;
    }
}

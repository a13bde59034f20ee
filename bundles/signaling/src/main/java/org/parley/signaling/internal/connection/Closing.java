package org.parley.signaling.internal.connection;

import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.JoinRefused;

/**
 * A WebSocket close: its code and the sentence for the person (the close frame's reason, at most 123 bytes).
 * 4000–4005 tell the client not to reconnect by itself but to show the reason (protocol v1, "Close codes").
 *
 * @param code the close code (RFC 6455 §7.4; 4000–4999 are Parley's own)
 * @param reason the sentence for the person
 */
public record Closing(int code, String reason) {

    /** No join message in time after the upgrade. */
    static final Closing JOIN_TIMEOUT = new Closing(4005, "no join message came in time; join again");
    /** The client kept flooding after {@code too-many} errors. */
    static final Closing TOO_MANY = new Closing(4008, "too many messages");
    /** The client did not read its messages fast enough (its queue overflowed). */
    static final Closing TOO_SLOW = new Closing(1008, "messages were not read in time");
    /** The meetings service failed unexpectedly while attaching. */
    static final Closing SERVER_ERROR = new Closing(1011, "the server could not attach you; try again");
    /** The endpoint stops (bundle update, shutdown). */
    public static final Closing SHUTDOWN = new Closing(1001, "the server is shutting down");

    static final String TOKEN_EXPIRED = "the join token expired; join again";
    static final String MEETING_OVER = "this meeting has ended";

    public Closing {
        if (reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
            throw new IllegalArgumentException("a close reason has at most 123 bytes: " + reason);
        }
    }

    /** How the meetings bundle's close of a channel goes on the wire: its code and sentence. */
    static Closing of(CloseReason reason) {
        return new Closing(reason.code(), reason.text());
    }

    /**
     * A refused join token: 4005 with a sentence saying whether it expired or is otherwise not valid; a token of a
     * meeting that is over closes like an ended meeting (4001), so the page says that rather than "join again".
     */
    static Closing of(JoinRefused refused) {
        return switch (refused.reason()) {
            case EXPIRED -> new Closing(CloseReason.TOKEN_INVALID.code(), TOKEN_EXPIRED);
            case ENDED -> new Closing(CloseReason.ENDED.code(), MEETING_OVER);
            case INVALID, REVOKED -> of(CloseReason.TOKEN_INVALID);
        };
    }
}

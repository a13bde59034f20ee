package org.parley.media.internal.sdp;

/**
 * The DTLS role attribute {@code a=setup} (RFC 4145 §4, for DTLS RFC 8842 §5): the offerer writes actpass, the
 * answerer picks active (DTLS client) or passive (DTLS server). holdconn is refused: JSEP never uses it.
 */
public enum Setup {
    ACTPASS("actpass"),
    ACTIVE("active"),
    PASSIVE("passive");

    private final String attribute;

    Setup(String attribute) {
        this.attribute = attribute;
    }

    /** The value as written on the wire. */
    public String attribute() {
        return attribute;
    }

    /** The role named {@code value}, or null. */
    public static Setup byValue(String value) {
        for (Setup s : values()) {
            if (s.attribute.equals(value)) {
                return s;
            }
        }
        return null;
    }
}

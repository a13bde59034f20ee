package org.parley.media.internal.sdp;

/** An m-line's direction attribute (RFC 8866 §6.7.1–§6.7.4); sendrecv when absent (§6.7.2). */
public enum Direction {
    SENDRECV("sendrecv", true, true),
    SENDONLY("sendonly", true, false),
    RECVONLY("recvonly", false, true),
    INACTIVE("inactive", false, false);

    private final String attribute;
    private final boolean sends;
    private final boolean receives;

    Direction(String attribute, boolean sends, boolean receives) {
        this.attribute = attribute;
        this.sends = sends;
        this.receives = receives;
    }

    /** The attribute name as written on the wire. */
    public String attribute() {
        return attribute;
    }

    /** Whether the side that wrote this direction sends media. */
    public boolean sends() {
        return sends;
    }

    /** Whether the side that wrote this direction receives media. */
    public boolean receives() {
        return receives;
    }

    /** The direction with {@code sends} and {@code receives}. */
    public static Direction of(boolean sends, boolean receives) {
        return sends ? (receives ? SENDRECV : SENDONLY) : (receives ? RECVONLY : INACTIVE);
    }

    /** The direction named by attribute {@code name}, or null when it is not a direction attribute. */
    public static Direction byAttribute(String name) {
        for (Direction d : values()) {
            if (d.attribute.equals(name)) {
                return d;
            }
        }
        return null;
    }
}

package org.parley.media.internal.sdp;

/** The media type of an m-line (RFC 8866 §5.14); anything but audio and video is rejected by the SFU. */
public enum MediaKind {
    AUDIO("audio"),
    VIDEO("video"),
    APPLICATION("application"),
    OTHER("");

    private final String token;

    MediaKind(String token) {
        this.token = token;
    }

    /** The m-line token; empty for {@link #OTHER}, whose token is kept on the media description. */
    public String token() {
        return token;
    }

    /** The kind named by m-line token {@code token}. */
    public static MediaKind byToken(String token) {
        for (MediaKind k : values()) {
            if (k != OTHER && k.token.equals(token)) {
                return k;
            }
        }
        return OTHER;
    }
}

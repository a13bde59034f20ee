package org.parley.media.internal.sdp;

/** Accumulates a session description: each line ends in CRLF (RFC 8866 §5). */
final class SdpText {
    private static final String CRLF = "\r\n";
    private final StringBuilder text = new StringBuilder(4096);

    /** Appends {@code type=value} and CRLF. */
    SdpText line(char type, String value) {
        text.append(type).append('=').append(value).append(CRLF);
        return this;
    }

    /** Appends {@code a=value} and CRLF. */
    SdpText attribute(String value) {
        return line('a', value);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

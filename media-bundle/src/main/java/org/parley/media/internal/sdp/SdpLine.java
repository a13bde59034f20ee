package org.parley.media.internal.sdp;

/**
 * One {@code <type>=<value>} line of a session description (RFC 8866 §5), with its 1-based line number so that
 * every later refusal can name it.
 */
public record SdpLine(int number, char type, String value) {

    /** An attribute line's name: {@code a=<name>} or {@code a=<name>:<value>} (RFC 8866 §5.13). */
    public String attributeName() {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** An attribute line's value after the first colon, or "" for a property attribute. */
    public String attributeValue() {
        int colon = value.indexOf(':');
        return colon < 0 ? "" : value.substring(colon + 1);
    }

    /** A refusal naming this line. */
    public SdpRefusal refuse(String reason) {
        return new SdpRefusal(number, reason);
    }
}

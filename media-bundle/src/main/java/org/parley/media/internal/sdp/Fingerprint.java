package org.parley.media.internal.sdp;

import java.util.Locale;

/**
 * {@code a=fingerprint:sha-256 <32 upper-case hex pairs joined by ':'>} (RFC 8122 §5). Only sha-256 is
 * accepted: it is what browsers send, and SHA-1 is no longer acceptable for certificate binding.
 */
public record Fingerprint(String hex) {
    /** The only hash function accepted. */
    public static final String SHA_256 = "sha-256";
    private static final int DIGEST_BYTES = 32;
    /** "AB:" per byte, without the last colon. */
    static final int TEXT_CHARS = DIGEST_BYTES * 3 - 1;

    /** Normalises the hex to upper case; refuses anything but 32 colon-separated hex pairs. */
    public Fingerprint {
        if (!valid(hex)) {
            throw new IllegalArgumentException("a sha-256 fingerprint is 32 hex pairs separated by ':'");
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /** The fingerprint of a DER certificate digest of 32 bytes. */
    public static Fingerprint ofDigest(byte[] sha256) {
        if (sha256.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("a sha-256 digest has 32 bytes, not " + sha256.length);
        }
        StringBuilder text = new StringBuilder(TEXT_CHARS);
        for (byte b : sha256) {
            if (text.length() > 0) {
                text.append(':');
            }
            text.append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return new Fingerprint(text.toString());
    }

    /** Whether {@code text} is 32 hex pairs separated by ':'. */
    static boolean valid(String text) {
        if (text == null || text.length() != TEXT_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = i % 3 == 2 ? c == ':' : isAsciiHex(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The attribute value, e.g. {@code sha-256 AB:CD:...}. */
    public String attributeValue() {
        return SHA_256 + " " + hex;
    }
}

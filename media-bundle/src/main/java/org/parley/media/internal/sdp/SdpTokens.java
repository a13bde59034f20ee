package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Field-level checks shared by the attribute parsers: bounded decimal numbers, RFC 8866 §9 tokens and
 * space-separated fields. Every failure is an {@link SdpRefusal} naming the line and the field.
 */
final class SdpTokens {
    private static final int MAX_DECIMAL_DIGITS = 10;
    private static final long MAX_SSRC = 0xFFFF_FFFFL;
    /** RFC 8866 §9: token-char = %x21 / %x23-27 / %x2A-2B / %x2D-2E / %x30-39 / %x41-5A / %x5E-7E. */
    private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`{|}~";

    private SdpTokens() {
    }

    /** The decimal number {@code text} in [min, max], else refused naming {@code what}. */
    static int integer(SdpLine line, String text, int min, int max, String what) throws SdpRefusal {
        long value = decimal(line, text, what);
        if (value < min || value > max) {
            throw line.refuse(what + " " + value + " is outside " + min + ".." + max);
        }
        return (int) value;
    }

    /** A 32-bit SSRC written in decimal (RFC 5576 §4.1: ssrc-id = integer 0..2^32-1). */
    static long ssrc(SdpLine line, String text) throws SdpRefusal {
        long value = decimal(line, text, "SSRC");
        if (value > MAX_SSRC) {
            throw line.refuse("SSRC " + value + " does not fit in 32 bits");
        }
        return value;
    }

    private static long decimal(SdpLine line, String text, String what) throws SdpRefusal {
        if (text.isEmpty() || text.length() > MAX_DECIMAL_DIGITS) {
            throw line.refuse(what + " '" + shortened(text) + "' is not a decimal number of 1 to 10 digits");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw line.refuse(what + " '" + shortened(text) + "' is not a decimal number");
            }
        }
        return Long.parseLong(text);
    }

    /** {@code text} if it is a token of 1 to {@code maxChars} characters, else refused naming {@code what}. */
    static String token(SdpLine line, String text, int maxChars, String what) throws SdpRefusal {
        if (text.isEmpty() || text.length() > maxChars) {
            throw line.refuse(what + " must have 1 to " + maxChars + " characters, not " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isTokenChar(text.charAt(i))) {
                throw line.refuse(what + " '" + shortened(text) + "' has a character that is not a token-char");
            }
        }
        return text;
    }

    /** {@code text} if it is 1 to {@code maxChars} visible ASCII characters (%x21-7E), e.g. a URI. */
    static String visible(SdpLine line, String text, int maxChars, String what) throws SdpRefusal {
        if (text.isEmpty() || text.length() > maxChars) {
            throw line.refuse(what + " must have 1 to " + maxChars + " characters, not " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) <= ' ' || text.charAt(i) > '~') {
                throw line.refuse(what + " '" + shortened(text) + "' has a character that is not visible ASCII");
            }
        }
        return text;
    }

    static boolean isTokenChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || TOKEN_PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * The fields of {@code text} separated by spaces; refused unless there are {@code min} to {@code max}.
     * Runs of spaces count as one (Chrome writes "a=msid-semantic: WMS").
     */
    static List<String> fields(SdpLine line, String text, int min, int max, String what) throws SdpRefusal {
        List<String> fields = new ArrayList<>();
        for (String f : text.trim().split(" +", max + 1)) {
            if (!f.isEmpty()) {
                fields.add(f);
            }
        }
        if (fields.size() < min || fields.size() > max) {
            throw line.refuse(what + " needs " + (min == max ? min : min + " to " + max) + " fields, has "
                    + (fields.size() > max ? "more" : fields.size()));
        }
        return fields;
    }

    /** {@code text} cut to 32 characters, so refusal messages stay short whatever a client sends. */
    static String shortened(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "...";
    }
}

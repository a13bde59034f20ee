package org.parley.auth.internal.crypto;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 Base32 (upper case, no padding on output), as authenticator apps expect TOTP secrets. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BITS_PER_CHAR = 5;

    private Base32() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / BITS_PER_CHAR);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= BITS_PER_CHAR) {
                out.append(ALPHABET.charAt((buffer >> (bits - BITS_PER_CHAR)) & 0x1f));
                bits -= BITS_PER_CHAR;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (BITS_PER_CHAR - bits)) & 0x1f));
        }
        return out.toString();
    }

    /** Decodes, ignoring case, spaces and padding. */
    public static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '=' || c == ' ') {
                continue;
            }
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a Base32 character: " + c);
            }
            buffer = (buffer << BITS_PER_CHAR) | value;
            bits += BITS_PER_CHAR;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}

package org.parley.auth.internal.ldap;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Active Directory's {@code objectGUID}: 16 binary bytes, shown in the usual GUID form
 * ({@code 01234567-89ab-cdef-0123-456789abcdef}) whose first three groups are little-endian on the wire.
 */
final class ObjectGuid {

    static final String ATTRIBUTE = "objectGUID";
    private static final int LENGTH = 16;
    /** Where each text position's byte sits on the wire. */
    private static final int[] WIRE_ORDER = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final Pattern TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ObjectGuid() {
    }

    static boolean isGuidAttribute(String attribute) {
        return ATTRIBUTE.equalsIgnoreCase(attribute);
    }

    /** The text form of the wire bytes. */
    static String format(byte[] wire) {
        if (wire.length != LENGTH) {
            throw new IllegalArgumentException("an objectGUID has 16 bytes, not " + wire.length);
        }
        byte[] ordered = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            ordered[i] = wire[WIRE_ORDER[i]];
        }
        String hex = HexFormat.of().formatHex(ordered);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** The wire bytes of the text form, e.g. for an equality filter. */
    static byte[] parse(String text) {
        if (!TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not an objectGUID: " + text);
        }
        byte[] ordered = HexFormat.of().parseHex(text.replace("-", ""));
        byte[] wire = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            wire[WIRE_ORDER[i]] = ordered[i];
        }
        return wire;
    }
}

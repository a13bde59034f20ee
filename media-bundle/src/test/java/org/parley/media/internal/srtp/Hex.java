package org.parley.media.internal.srtp;

import java.util.HexFormat;

/** Hex of the RFCs' test vectors, spaces allowed. */
final class Hex {
    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String of(byte[] array, int offset, int length) {
        return HexFormat.of().formatHex(array, offset, offset + length);
    }

    /** {@code hex} in an array with {@code room} spare bytes after it. */
    static byte[] withRoom(String hex, int room) {
        byte[] packet = bytes(hex);
        byte[] array = new byte[packet.length + room];
        System.arraycopy(packet, 0, array, 0, packet.length);
        return array;
    }
}

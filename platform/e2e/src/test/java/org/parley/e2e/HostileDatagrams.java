package org.parley.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Datagrams an attacker sends to the media port, made from a seed so a failure can be replayed: garbage, STUN
 * Binding requests with the real ICE usernames but a wrong MESSAGE-INTEGRITY (and a right FINGERPRINT, so they reach
 * the integrity check), STUN whose lengths lie, fake DTLS ClientHellos, fake SRTP with the call's real SSRCs, RTCP
 * whose lengths lie, and RTP with absurd CSRC counts and extension lengths. Each kind in turn ({@link Kind}).
 *
 * <p>Not thread-safe (one {@link Random}).
 */
final class HostileDatagrams {

    /** What the next datagram imitates. */
    enum Kind { GARBAGE, STUN_BAD_INTEGRITY, STUN_LYING_LENGTH, DTLS_CLIENT_HELLO, SRTP, RTCP_LYING_LENGTH, RTP_ABSURD }

    // RFC 8489 §5: type, length, magic cookie, 96-bit transaction id; §14: attribute types; §14.7 FINGERPRINT XOR.
    private static final short STUN_BINDING_REQUEST = 0x0001;
    private static final int STUN_MAGIC_COOKIE = 0x2112A442;
    private static final int STUN_HEADER = 20;
    private static final int STUN_TRANSACTION_ID = 12;
    private static final short ATTR_USERNAME = 0x0006;
    private static final short ATTR_MESSAGE_INTEGRITY = 0x0008;
    private static final short ATTR_PRIORITY = 0x0024;
    private static final short ATTR_ICE_CONTROLLING = (short) 0x802A;
    private static final short ATTR_FINGERPRINT = (short) 0x8028;
    private static final int FINGERPRINT_XOR = 0x5354554e;
    private static final int HMAC_SHA1_BYTES = 20;
    // RFC 6347 §4.1: content type 22 (handshake), DTLS 1.2 = {254, 253}; §4.2.2 handshake header, ClientHello = 1.
    private static final byte DTLS_HANDSHAKE = 22;
    private static final short DTLS_1_2 = (short) 0xFEFD;
    private static final byte CLIENT_HELLO = 1;
    // RFC 3550 §5.1 / §6.4: version 2 in the top bits; RTCP packet types 200 (SR) to 206 (PSFB, RFC 4585).
    private static final int VERSION_2 = 0x80;
    private static final int CSRC_COUNT_MASK = 0x0F;
    private static final int EXTENSION_BIT = 0x10;
    private static final int RTCP_FIRST_TYPE = 200;
    private static final int RTCP_TYPES = 7;
    private static final int SRTP_AUTH_TAG = 10;
    private static final int MAX_DATAGRAM = 1_400;

    private final Random random;
    private final String username;
    private final int[] ssrcs;
    private final ByteBuffer out = ByteBuffer.allocate(MAX_DATAGRAM + 64);
    private int next;

    /**
     * @param username the USERNAME a browser's check carries ({@code serverUfrag:browserUfrag}, RFC 8445 §7.2.2)
     * @param ssrcs SSRCs of the call's real streams, for fake SRTP that a lookup by SSRC would find
     */
    HostileDatagrams(long seed, String username, int... ssrcs) {
        this.random = new Random(seed);
        this.username = username;
        this.ssrcs = ssrcs.length == 0 ? new int[] {random.nextInt()} : ssrcs.clone();
    }

    /** The next datagram's bytes (a fresh array). */
    byte[] next() {
        Kind kind = Kind.values()[next++ % Kind.values().length];
        out.clear();
        switch (kind) {
            case GARBAGE -> garbage(1 + random.nextInt(MAX_DATAGRAM));
            case STUN_BAD_INTEGRITY -> stunWithWrongIntegrity();
            case STUN_LYING_LENGTH -> stunWithLyingLength();
            case DTLS_CLIENT_HELLO -> dtlsClientHello();
            case SRTP -> srtp();
            case RTCP_LYING_LENGTH -> rtcpWithLyingLength();
            case RTP_ABSURD -> rtpAbsurd();
            default -> throw new IllegalStateException(kind.name());
        }
        byte[] datagram = new byte[out.position()];
        out.flip().get(datagram);
        return datagram;
    }

    private void garbage(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        out.put(bytes);
    }

    /** A Binding request as Chrome sends it, but MESSAGE-INTEGRITY is random; FINGERPRINT is right. */
    private void stunWithWrongIntegrity() {
        stunHeader();
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        attribute(ATTR_USERNAME, name);
        attribute(ATTR_PRIORITY, ByteBuffer.allocate(4).putInt(random.nextInt() >>> 1).array());
        attribute(ATTR_ICE_CONTROLLING, ByteBuffer.allocate(8).putLong(random.nextLong()).array());
        byte[] mac = new byte[HMAC_SHA1_BYTES];
        random.nextBytes(mac);
        attribute(ATTR_MESSAGE_INTEGRITY, mac);
        out.putShort(2, (short) (out.position() - STUN_HEADER + 8)); // the length FINGERPRINT's CRC covers
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        attribute(ATTR_FINGERPRINT, ByteBuffer.allocate(4).putInt((int) crc.getValue() ^ FINGERPRINT_XOR).array());
    }

    /** A Binding request whose header length, or whose USERNAME's length, is not what follows. */
    private void stunWithLyingLength() {
        stunHeader();
        int attributeStart = out.position();
        attribute(ATTR_USERNAME, username.getBytes(StandardCharsets.UTF_8));
        if (random.nextBoolean()) {
            out.putShort(2, (short) (out.position() - STUN_HEADER + 4 * (1 + random.nextInt(300))));
        } else {
            out.putShort(2, (short) (out.position() - STUN_HEADER));
            out.putShort(attributeStart + 2, (short) (0x100 + random.nextInt(0xFF00)));
        }
    }

    private void stunHeader() {
        out.putShort(STUN_BINDING_REQUEST).putShort((short) 0).putInt(STUN_MAGIC_COOKIE);
        byte[] transaction = new byte[STUN_TRANSACTION_ID];
        random.nextBytes(transaction);
        out.put(transaction);
    }

    /** Type, length, value padded to four bytes (RFC 8489 §14); the header's length updated. */
    private void attribute(short type, byte[] value) {
        out.putShort(type).putShort((short) value.length).put(value);
        while (out.position() % 4 != 0) {
            out.put((byte) 0);
        }
        out.putShort(2, (short) (out.position() - STUN_HEADER));
    }

    /** A DTLS record of a ClientHello from an address no ICE check bound; its lengths true or lying. */
    private void dtlsClientHello() {
        int body = 40 + random.nextInt(200);
        boolean lie = random.nextBoolean();
        out.put(DTLS_HANDSHAKE).putShort(DTLS_1_2).putShort((short) 0).putShort((short) 0)
                .putInt(random.nextInt(1000)).putShort((short) (lie ? 0x3FFF : 12 + body));
        out.put(CLIENT_HELLO).put((byte) 0).putShort((short) body).putShort((short) 0).put(new byte[3])
                .put((byte) 0).putShort((short) (lie ? body + 999 : body));
        garbage(body);
    }

    /** An RTP header with a real SSRC, random "encrypted" payload and a random authentication tag. */
    private void srtp() {
        out.put((byte) VERSION_2).put((byte) (random.nextBoolean() ? 111 : 96 | 0x80))
                .putShort((short) random.nextInt()).putInt(random.nextInt())
                .putInt(ssrcs[random.nextInt(ssrcs.length)]);
        garbage(20 + random.nextInt(1000) + SRTP_AUTH_TAG);
    }

    /** An RTCP packet (SR to PSFB) whose length field claims far more, or less, than the datagram holds. */
    private void rtcpWithLyingLength() {
        int type = RTCP_FIRST_TYPE + random.nextInt(RTCP_TYPES);
        out.put((byte) (VERSION_2 | random.nextInt(32))).put((byte) type)
                .putShort((short) (random.nextBoolean() ? 0xFFFF : random.nextInt(3)))
                .putInt(ssrcs[random.nextInt(ssrcs.length)]);
        garbage(12 + random.nextInt(60)); // more than the 12 bytes a length of 2 words would claim
    }

    /** RTP claiming 15 CSRCs in a short packet, or a header extension of 65,535 words. */
    private void rtpAbsurd() {
        boolean csrcs = random.nextBoolean();
        out.put((byte) (VERSION_2 | (csrcs ? CSRC_COUNT_MASK : EXTENSION_BIT))).put((byte) 111)
                .putShort((short) random.nextInt()).putInt(random.nextInt()).putInt(ssrcs[0]);
        if (!csrcs) {
            out.putShort((short) 0xBEDE).putShort((short) 0xFFFF);
        }
        garbage(random.nextInt(40));
    }
}

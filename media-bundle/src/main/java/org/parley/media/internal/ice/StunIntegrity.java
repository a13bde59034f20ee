package org.parley.media.internal.ice;

import java.util.zip.CRC32;
import org.parley.media.internal.transport.HmacSha1;

/**
 * MESSAGE-INTEGRITY (RFC 8489 §14.5) and FINGERPRINT (§14.7), computed and checked in place.
 * <ul>
 * <li>MESSAGE-INTEGRITY is the HMAC-SHA1 of the message up to the attribute, with the header's length field
 *     as if MESSAGE-INTEGRITY were the last attribute (so a FINGERPRINT after it is left out of the length).
 * <li>FINGERPRINT is the CRC-32 of the message up to the attribute, XOR 0x5354554e; it is last, so the header's
 *     length already covers it.
 * </ul>
 * One instance per thread; reuses its digest, CRC and scratch MAC; allocates nothing per message.
 */
public final class StunIntegrity {
    static final int FINGERPRINT_XOR = 0x5354554e;
    private static final int INTEGRITY_ATTRIBUTE_BYTES = StunAttribute.HEADER_BYTES + HmacSha1.MAC_BYTES;

    private final HmacSha1 hmac = new HmacSha1();
    private final CRC32 crc = new CRC32();
    private final byte[] expectedMac = new byte[HmacSha1.MAC_BYTES];

    /**
     * Writes the MAC for a MESSAGE-INTEGRITY attribute at {@code integrityAt} of the message at {@code messageAt}
     * into {@code out[outAt]}.
     */
    void computeIntegrity(IntegrityKey key, byte[] array, int messageAt, int integrityAt, byte[] out, int outAt) {
        int adjustedLength = integrityAt + INTEGRITY_ATTRIBUTE_BYTES - messageAt - StunMessage.HEADER_BYTES;
        hmac.start(key);
        hmac.update(array, messageAt, StunMessage.LENGTH_OFFSET);
        hmac.updateShort(adjustedLength);
        int afterLength = messageAt + StunMessage.COOKIE_OFFSET;
        hmac.update(array, afterLength, integrityAt - afterLength);
        hmac.finish(out, outAt);
    }

    /** True when the MESSAGE-INTEGRITY of the wrapped message matches {@code key}; compares in constant time. */
    public boolean integrityMatches(StunReader message, IntegrityKey key) {
        byte[] array = message.array();
        int integrityAt = message.integrity();
        computeIntegrity(key, array, message.offset(), integrityAt, expectedMac, 0);
        int difference = 0;
        int macAt = integrityAt + StunAttribute.HEADER_BYTES;
        for (int i = 0; i < HmacSha1.MAC_BYTES; i++) {
            difference |= expectedMac[i] ^ array[macAt + i];
        }
        return difference == 0;
    }

    /** The FINGERPRINT value for a message at {@code messageAt} whose FINGERPRINT attribute is at {@code at}. */
    int fingerprint(byte[] array, int messageAt, int fingerprintAt) {
        crc.reset();
        crc.update(array, messageAt, fingerprintAt - messageAt);
        return (int) crc.getValue() ^ FINGERPRINT_XOR;
    }

    /** True when the wrapped message's FINGERPRINT is correct (the reader has already checked it is last). */
    public boolean fingerprintMatches(StunReader message) {
        int at = message.fingerprint();
        int carried = StunMessage.int32(message.array(), at + StunAttribute.HEADER_BYTES);
        return carried == fingerprint(message.array(), message.offset(), at);
    }
}

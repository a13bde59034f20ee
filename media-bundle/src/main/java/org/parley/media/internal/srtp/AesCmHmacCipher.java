package org.parley.media.internal.srtp;

import org.parley.media.internal.transport.HmacKey;
import org.parley.media.internal.transport.HmacSha1;

/**
 * AES_CM_128_HMAC_SHA1_80 (RFC 3711 §4.1.1, §4.2, §3.4). The counter-mode IV of a packet:
 * <pre>
 *  IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16)
 *  | s0 .. s3 | s4 .. s7 XOR SSRC | s8 .. s13 XOR i (48 bits) | 00 00 |
 * </pre>
 * with i the SRTP packet index, or the 31-bit SRTCP index. Layouts (tag = first 10 bytes of HMAC-SHA1):
 * <pre>
 *  SRTP:  | header | encrypted payload | tag |                  tag over header, payload and ROC (32 bits)
 *  SRTCP: | 8 bytes | encrypted rest | E|SRTCP index | tag |   tag over everything before it
 * </pre>
 * Allocation-free: the keystream comes from {@link AesCounterMode}, the MAC from the reused {@link HmacSha1}.
 */
final class AesCmHmacCipher implements PacketCipher {
    private static final int SSRC_AT = 4;
    private static final int INDEX_AT = 8;
    private static final int INDEX_BYTES = 6;
    private static final int SALT_BYTES = 14;

    private final int tagBytes;
    private final SessionKeys rtp;
    private final SessionKeys rtcp;
    private final HmacSha1 hmac = new HmacSha1();
    private final byte[] iv = new byte[AesCounterMode.BLOCK_BYTES];
    private final byte[] mac = new byte[HmacSha1.MAC_BYTES];

    /** Session keys of one stream kind: the cipher, the salt and the HMAC key. */
    record SessionKeys(AesCounterMode cipher, byte[] salt, HmacKey authentication) {
    }

    AesCmHmacCipher(SrtpProfile profile, SessionKeys rtp, SessionKeys rtcp) {
        this.tagBytes = profile.tagBytes();
        this.rtp = rtp;
        this.rtcp = rtcp;
    }

    @Override
    public void protectRtp(byte[] array, int offset, int header, int end, int ssrc, long index) {
        crypt(rtp, ssrc, index, array, offset + header, end - header);
        tag(rtp, array, offset, end, PacketIndex.rolloverCounter(index));
        System.arraycopy(mac, 0, array, offset + end, tagBytes);
    }

    @Override
    public boolean unprotectRtp(byte[] array, int offset, int header, int end, int ssrc, long index) {
        tag(rtp, array, offset, end, PacketIndex.rolloverCounter(index));
        if (!tagMatches(array, offset + end)) {
            return false;
        }
        crypt(rtp, ssrc, index, array, offset + header, end - header);
        return true;
    }

    @Override
    public void protectRtcp(byte[] array, int offset, int end, int ssrc, int word) {
        int clear = WireFields.RTCP_CLEAR_HEADER;
        crypt(rtcp, ssrc, word & SrtcpContext.INDEX_MASK, array, offset + clear, end - clear);
        WireFields.putInt32(array, offset + end, word);
        int authenticated = end + SrtpProfile.SRTCP_INDEX_BYTES;
        hmac.start(rtcp.authentication());
        hmac.update(array, offset, authenticated);
        hmac.finish(mac, 0);
        System.arraycopy(mac, 0, array, offset + authenticated, tagBytes);
    }

    @Override
    public boolean unprotectRtcp(byte[] array, int offset, int end, int ssrc, int word) {
        int authenticated = end + SrtpProfile.SRTCP_INDEX_BYTES;
        hmac.start(rtcp.authentication());
        hmac.update(array, offset, authenticated);
        hmac.finish(mac, 0);
        if (!tagMatches(array, offset + authenticated)) {
            return false;
        }
        if (word < 0) {
            int clear = WireFields.RTCP_CLEAR_HEADER;
            crypt(rtcp, ssrc, word & SrtcpContext.INDEX_MASK, array, offset + clear, end - clear);
        }
        return true;
    }

    private void tag(SessionKeys keys, byte[] array, int offset, int end, int rolloverCounter) {
        hmac.start(keys.authentication());
        hmac.update(array, offset, end);
        hmac.updateInt(rolloverCounter);
        hmac.finish(mac, 0);
    }

    /** Constant time: every byte is compared whatever the first difference. */
    private boolean tagMatches(byte[] array, int tagAt) {
        int difference = 0;
        for (int i = 0; i < tagBytes; i++) {
            difference |= mac[i] ^ array[tagAt + i];
        }
        return difference == 0;
    }

    private void crypt(SessionKeys keys, int ssrc, long index, byte[] array, int at, int length) {
        System.arraycopy(keys.salt(), 0, iv, 0, SALT_BYTES);
        iv[SALT_BYTES] = 0;
        iv[SALT_BYTES + 1] = 0;
        for (int i = 0; i < Integer.BYTES; i++) {
            iv[SSRC_AT + i] ^= (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < INDEX_BYTES; i++) {
            iv[INDEX_AT + i] ^= (byte) (index >>> (40 - 8 * i));
        }
        keys.cipher().apply(iv, array, at, length);
    }
}

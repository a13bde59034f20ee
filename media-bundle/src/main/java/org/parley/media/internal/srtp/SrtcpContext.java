package org.parley.media.internal.srtp;

/**
 * The SRTCP cryptographic context of one RTCP sender SSRC in one direction (RFC 3711 §3.4): the sending side's
 * 31-bit SRTCP index, counted from 0 per packet, and the receiving side's replay list over the received indices.
 * <pre>
 *  | V=2|P|RC | PT | length | SSRC of sender | encrypted rest ... | E | SRTCP index (31) | tag |   (AES-CM)
 *  | V=2|P|RC | PT | length | SSRC of sender | encrypted rest ... | tag | E | SRTCP index (31) |   (AEAD)
 * </pre>
 * Protect always encrypts (E = 1); unprotect also accepts E = 0 packets, authenticated but in the clear. The
 * index must not wrap (2^31 packets; the DTLS session is renegotiated long before). Made by {@link SrtpSession};
 * not thread-safe (the meeting's thread).
 */
public final class SrtcpContext {
    static final int INDEX_MASK = 0x7FFF_FFFF;
    private static final int ENCRYPTED_FLAG = 0x8000_0000;

    private final int ssrc;
    private final SrtpProfile profile;
    private final PacketCipher cipher;
    private final ReplayWindow window = new ReplayWindow();
    private final RefusalCounters refusals = new RefusalCounters();
    private int nextIndex;
    private int length;

    SrtcpContext(int ssrc, SrtpProfile profile, PacketCipher cipher) {
        this.ssrc = ssrc;
        this.profile = profile;
        this.cipher = cipher;
    }

    /** Encrypts the compound RTCP packet in {@code array[offset, offset + length)} and appends index and tag. */
    public SrtpRefusal protect(byte[] array, int offset, int length) {
        if (array.length - offset - length < profile.rtcpOverhead()) {
            throw new IllegalArgumentException("no room for the " + profile.rtcpOverhead() + "-byte SRTCP trailer");
        }
        SrtpRefusal refusal = screen(array, offset, length);
        if (refusal != SrtpRefusal.NONE) {
            return refusals.count(refusal);
        }
        int index = nextIndex;
        nextIndex = (nextIndex + 1) & INDEX_MASK;
        cipher.protectRtcp(array, offset, length, ssrc, ENCRYPTED_FLAG | index);
        this.length = length + profile.rtcpOverhead();
        return SrtpRefusal.NONE;
    }

    /** Authenticates and (when E = 1) decrypts the SRTCP packet in {@code array[offset, offset + length)}. */
    public SrtpRefusal unprotect(byte[] array, int offset, int length) {
        int end = length - profile.rtcpOverhead();
        SrtpRefusal refusal = screen(array, offset, end);
        if (refusal != SrtpRefusal.NONE) {
            return refusals.count(refusal);
        }
        int wordAt = offset + (profile.aead() ? length - SrtpProfile.SRTCP_INDEX_BYTES : end);
        int word = WireFields.int32(array, wordAt);
        long index = word & INDEX_MASK;
        refusal = window.check(index);
        if (refusal != SrtpRefusal.NONE) {
            return refusals.count(refusal);
        }
        if (!cipher.unprotectRtcp(array, offset, end, ssrc, word)) {
            return refusals.count(SrtpRefusal.AUTHENTICATION_FAILED);
        }
        window.accept(index);
        this.length = end;
        return SrtpRefusal.NONE;
    }

    private SrtpRefusal screen(byte[] array, int offset, int end) {
        if (end < WireFields.RTCP_CLEAR_HEADER) {
            return SrtpRefusal.TOO_SHORT;
        }
        if (!WireFields.rtcpVersionOk(array, offset)) {
            return SrtpRefusal.BAD_VERSION;
        }
        if (WireFields.int32(array, offset + WireFields.RTCP_SSRC_AT) != ssrc) {
            return SrtpRefusal.WRONG_SSRC;
        }
        return SrtpRefusal.NONE;
    }

    public int ssrc() {
        return ssrc;
    }

    /** The length of the packet after the last accepted protect or unprotect. */
    public int length() {
        return length;
    }

    public long refused(SrtpRefusal reason) {
        return refusals.get(reason);
    }
}

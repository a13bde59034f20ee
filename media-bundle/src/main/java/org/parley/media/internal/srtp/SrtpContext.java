package org.parley.media.internal.srtp;

/**
 * The SRTP cryptographic context of one RTP SSRC in one direction (RFC 3711 §3.2): its rollover counter and
 * highest index (§3.3.1) and its replay list (§3.3.2), over the session's shared {@link PacketCipher}. Protect and
 * unprotect work in place on a packet view and return a {@link SrtpRefusal}; the new length is {@link #length()}.
 * <ul>
 * <li>unprotect: header → index estimate → replay check → tag check → decrypt → window and ROC advance;
 *     the packet shrinks by the tag.
 * <li>protect: the same replay check first (as libsrtp does), so a repeated index can never reuse keystream;
 *     the packet grows by {@link SrtpProfile#rtpOverhead()}, which the caller's buffer must have room for.
 * </ul>
 * Refusals are counted per reason. Made by {@link SrtpSession}; not thread-safe (the meeting's thread).
 */
public final class SrtpContext {
    private final int ssrc;
    private final int tagBytes;
    private final PacketCipher cipher;
    private final ReplayWindow window = new ReplayWindow();
    private final RefusalCounters refusals = new RefusalCounters();
    private int length;
    /** The packet being processed: its header length and index, set by {@link #admit}. */
    private int header;
    private long index;

    SrtpContext(int ssrc, SrtpProfile profile, PacketCipher cipher) {
        this.ssrc = ssrc;
        this.tagBytes = profile.tagBytes();
        this.cipher = cipher;
    }

    /** Encrypts and tags the RTP packet in {@code array[offset, offset + length)}; the tag goes after it. */
    public SrtpRefusal protect(byte[] array, int offset, int length) {
        if (array.length - offset - length < tagBytes) {
            throw new IllegalArgumentException("no room for the " + tagBytes + "-byte SRTP tag");
        }
        SrtpRefusal refusal = admit(array, offset, length);
        if (refusal != SrtpRefusal.NONE) {
            return refusals.count(refusal);
        }
        cipher.protectRtp(array, offset, header, length, ssrc, index);
        window.accept(index);
        this.length = length + tagBytes;
        return SrtpRefusal.NONE;
    }

    /** Authenticates and decrypts the SRTP packet in {@code array[offset, offset + length)}. */
    public SrtpRefusal unprotect(byte[] array, int offset, int length) {
        int end = length - tagBytes;
        if (end < WireFields.RTP_FIXED_HEADER) {
            return refusals.count(SrtpRefusal.TOO_SHORT);
        }
        SrtpRefusal refusal = admit(array, offset, end);
        if (refusal != SrtpRefusal.NONE) {
            return refusals.count(refusal);
        }
        if (!cipher.unprotectRtp(array, offset, header, end, ssrc, index)) {
            return refusals.count(SrtpRefusal.AUTHENTICATION_FAILED);
        }
        window.accept(index);
        this.length = end;
        return SrtpRefusal.NONE;
    }

    /**
     * Reads the header of the packet ending at {@code end} into {@link #header} and its index into {@link #index},
     * and says whether it may be processed: its SSRC is ours (else the caller mis-routed it) and the replay window
     * allows the index.
     */
    private SrtpRefusal admit(byte[] array, int offset, int end) {
        header = WireFields.rtpHeaderLength(array, offset, end);
        if (header < 0) {
            return WireFields.refusal(header);
        }
        if (WireFields.int32(array, offset + WireFields.RTP_SSRC_AT) != ssrc) {
            return SrtpRefusal.WRONG_SSRC;
        }
        index = PacketIndex.estimate(window.highest(), WireFields.uint16(array, offset + WireFields.SEQUENCE_AT));
        return window.check(index);
    }

    public int ssrc() {
        return ssrc;
    }

    /** The length of the packet after the last accepted protect or unprotect. */
    public int length() {
        return length;
    }

    /** The rollover counter (RFC 3711 §3.3.1) of the highest index so far. */
    public int rolloverCounter() {
        return PacketIndex.rolloverCounter(Math.max(0, window.highest()));
    }

    public long refused(SrtpRefusal reason) {
        return refusals.get(reason);
    }
}

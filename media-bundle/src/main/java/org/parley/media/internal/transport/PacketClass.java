package org.parley.media.internal.transport;

/**
 * What one datagram on the shared media port is, from its first byte (RFC 7983 §7, updated by RFC 9443 §3):
 * <pre>
 *                  +----------------+
 *                  |        [0..3] -+--&gt; forward to STUN
 *                  |                |
 *                  |      [16..19] -+--&gt; forward to ZRTP      (dropped here)
 *                  |                |
 *      packet --&gt;  |      [20..63] -+--&gt; forward to DTLS
 *                  |                |
 *                  |      [64..79] -+--&gt; forward to TURN Channel (dropped here)
 *                  |                |
 *                  |     [80..127] -+--&gt; forward to QUIC      (dropped here)
 *                  |                |
 *                  |    [128..191] -+--&gt; forward to RTP/RTCP
 *                  +----------------+
 * </pre>
 * RTP and RTCP share the port (rtcp-mux); RFC 5761 §4 tells them apart by the second byte, which is the RTCP packet
 * type (SR 200, RR 201, ..., all within 192..223) or the RTP marker bit plus payload type. Browsers never use RTP
 * payload types 64..95, so 192..223 is RTCP. Everything else, and anything too short to hold its own fixed header,
 * is {@link #DROP}.
 */
public enum PacketClass {
    STUN, DTLS, RTP, RTCP, DROP;

    static final int STUN_FIRST = 0;
    static final int STUN_LAST = 3;
    static final int DTLS_FIRST = 20;
    static final int DTLS_LAST = 63;
    static final int RTP_FIRST = 128;
    static final int RTP_LAST = 191;
    static final int RTCP_TYPE_FIRST = 192;
    static final int RTCP_TYPE_LAST = 223;
    /** RFC 8489 §5: the STUN header. */
    static final int STUN_HEADER_BYTES = 20;
    /** RFC 9147 §4 / RFC 6347 §4.1: the DTLS record header (plaintext form). */
    static final int DTLS_HEADER_BYTES = 13;
    /** RFC 3550 §5.1: the fixed RTP header. */
    static final int RTP_HEADER_BYTES = 12;
    /** RFC 3550 §6.4.2: an empty receiver report (header plus sender SSRC), the smallest valid compound RTCP. */
    static final int RTCP_MIN_BYTES = 8;

    /** Classifies {@code array[offset, offset + length)}; never throws for a range inside the array. */
    public static PacketClass of(byte[] array, int offset, int length) {
        if (length < 1) {
            return DROP;
        }
        int first = array[offset] & 0xFF;
        if (first >= STUN_FIRST && first <= STUN_LAST) {
            return length >= STUN_HEADER_BYTES ? STUN : DROP;
        }
        if (first >= DTLS_FIRST && first <= DTLS_LAST) {
            return length >= DTLS_HEADER_BYTES ? DTLS : DROP;
        }
        if (first >= RTP_FIRST && first <= RTP_LAST) {
            return length < RTCP_MIN_BYTES ? DROP : rtpOrRtcp(array[offset + 1] & 0xFF, length);
        }
        return DROP;
    }

    private static PacketClass rtpOrRtcp(int secondByte, int length) {
        if (secondByte >= RTCP_TYPE_FIRST && secondByte <= RTCP_TYPE_LAST) {
            return length >= RTCP_MIN_BYTES ? RTCP : DROP;
        }
        return length >= RTP_HEADER_BYTES ? RTP : DROP;
    }
}

package org.parley.media.internal.dtls;

/**
 * A cheap check of a datagram's DTLS 1.0/1.2 record layer (RFC 6347 §4.1) before it is queued for the handshake
 * thread, so that garbage on the DTLS first-byte range (RFC 7983: 20–63) is dropped and counted on the I/O thread
 * instead of costing a copy and a wake-up. BouncyCastle checks everything again, and what it discards (a bad MAC,
 * a replay) it discards silently.
 *
 * <pre>
 *  offset size  DTLSPlaintext / DTLSCiphertext header (RFC 6347 §4.1)
 *     0    1    type      20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data, 24 heartbeat
 *     1    2    version   {254, 255} = DTLS 1.0 (ClientHello may use it), {254, 253} = DTLS 1.2
 *     3    2    epoch
 *     5    6    sequence_number
 *    11    2    length    of the fragment, at most 2^14 + 2048 (RFC 5246 §6.2.3)
 *    13  length fragment
 * </pre>
 *
 * A datagram may carry several records back to back (RFC 6347 §4.1.1); each must be whole, and nothing may follow
 * the last. DTLS 1.3's unified header (first byte 001xxxxx) and RFC 9146 connection-id records (type 25) are not
 * negotiated here and are refused. Stateless and allocation-free.
 */
public final class DtlsRecordCheck {
    static final int HEADER_BYTES = 13;
    static final int TYPE_OFFSET = 0;
    static final int VERSION_OFFSET = 1;
    static final int LENGTH_OFFSET = 11;
    static final int FIRST_CONTENT_TYPE = 20;
    static final int LAST_CONTENT_TYPE = 24;
    static final int DTLS_MAJOR = 254;
    static final int DTLS_1_0_MINOR = 255;
    static final int DTLS_1_2_MINOR = 253;
    static final int MAX_FRAGMENT_BYTES = (1 << 14) + 2048;

    /** Why a datagram was refused; {@link #NONE} when every record in it is well-formed. */
    public enum Problem {
        NONE,
        /** Fewer bytes left than a record header (13). */
        TOO_SHORT,
        /** A content type outside 20–24. */
        BAD_CONTENT_TYPE,
        /** Not DTLS 1.0 or 1.2. */
        BAD_VERSION,
        /** A length field beyond 2^14 + 2048. */
        FRAGMENT_TOO_LONG,
        /** A length field that runs past the datagram. */
        LENGTH_PAST_END
    }

    private DtlsRecordCheck() {
    }

    /** Checks every record in {@code array[offset, offset + length)}. */
    public static Problem check(byte[] array, int offset, int length) {
        int end = offset + length;
        int record = offset;
        do {
            Problem problem = checkHeader(array, record, end);
            if (problem != Problem.NONE) {
                return problem;
            }
            record += HEADER_BYTES + unsigned16(array, record + LENGTH_OFFSET);
        } while (record < end);
        return Problem.NONE;
    }

    private static Problem checkHeader(byte[] array, int record, int end) {
        if (end - record < HEADER_BYTES) {
            return Problem.TOO_SHORT;
        }
        int type = array[record + TYPE_OFFSET] & 0xFF;
        if (type < FIRST_CONTENT_TYPE || type > LAST_CONTENT_TYPE) {
            return Problem.BAD_CONTENT_TYPE;
        }
        int major = array[record + VERSION_OFFSET] & 0xFF;
        int minor = array[record + VERSION_OFFSET + 1] & 0xFF;
        if (major != DTLS_MAJOR || (minor != DTLS_1_0_MINOR && minor != DTLS_1_2_MINOR)) {
            return Problem.BAD_VERSION;
        }
        int fragment = unsigned16(array, record + LENGTH_OFFSET);
        if (fragment > MAX_FRAGMENT_BYTES) {
            return Problem.FRAGMENT_TOO_LONG;
        }
        return fragment > end - record - HEADER_BYTES ? Problem.LENGTH_PAST_END : Problem.NONE;
    }

    private static int unsigned16(byte[] array, int index) {
        return (array[index] & 0xFF) << 8 | array[index + 1] & 0xFF;
    }
}

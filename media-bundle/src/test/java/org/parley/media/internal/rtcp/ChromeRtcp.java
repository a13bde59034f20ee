package org.parley.media.internal.rtcp;

/** RTCP packets as Chrome sends them (receiver SSRC 0xfa17fa17, media SSRC 0x5e0a2b3c), shared by the tests. */
final class ChromeRtcp {

    /** Compound RR (one report block) + SDES with a 16-byte CNAME. */
    static final String RR_SDES = "81 c9 00 07  fa 17 fa 17"
            + " 5e 0a 2b 3c  0a 00 00 03  00 01 1a 40  00 00 00 12  8d 3c 44 15  00 00 c3 50"
            + " 81 ca 00 06  fa 17 fa 17  01 10 61 42 63 44 65 46 67 48 69 4a 6b 4c 6d 4e 6f 50 00 00";

    /** Sender report without report blocks. */
    static final String SR = "80 c8 00 06  5e 0a 2b 3c  e9 4c 3b 2a 12 34 56 78  00 01 e2 40  00 00 01 2c"
            + "  00 00 9c 40";

    /** Generic NACK: 0x1a2b with BLP 0b101, then 0xfffe with BLP bits 0 and 15 (across the wrap). */
    static final String NACK = "81 cd 00 04  fa 17 fa 17  5e 0a 2b 3c  1a 2b 00 05  ff fe 80 01";

    static final String PLI = "81 ce 00 02  fa 17 fa 17  5e 0a 2b 3c";

    static final String FIR = "84 ce 00 04  fa 17 fa 17  00 00 00 00  5e 0a 2b 3c  07 00 00 00";

    /** REMB: exponent 4, mantissa 0x27628, for one SSRC. */
    static final String REMB = "8f ce 00 05  fa 17 fa 17  00 00 00 00  52 45 4d 42  01 12 76 28  5e 0a 2b 3c";

    /**
     * Transport-cc feedback, base 44, 28 statuses, reference time 0x010203, feedback count 5: a run-length chunk
     * (7 small), a two-bit vector (small, -, large, small, -, small, small) and a one-bit vector
     * (1 0 1 1 0 0 0 0 0 0 0 0 0 1); 15 small deltas and one large (-200), one byte of zero padding.
     */
    static final String TWCC = "8f cd 00 0a  fa 17 fa 17  5e 0a 2b 3c  00 2c 00 1c  01 02 03 05"
            + "  20 07 d2 45 ac 01"
            + "  04 14 00 28 05 10 08  20  ff 38  50  01 02  03  04 fa  09  00";

    static final String BYE = "81 cb 00 02  5e 0a 2b 3c  03 62 79 65";

    private ChromeRtcp() {
    }
}

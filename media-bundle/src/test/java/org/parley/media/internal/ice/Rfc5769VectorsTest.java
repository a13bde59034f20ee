package org.parley.media.internal.ice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 5769 §2.1–2.4, byte for byte from the RFC. */
class Rfc5769VectorsTest {
    static final String PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";

    /** RFC 5769 §2.1: a Binding request, short-term credentials, with SOFTWARE, PRIORITY, ICE-CONTROLLED. */
    static final byte[] REQUEST = StunBytes.hex("""
            00 01 00 58 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
            80 22 00 10 53 54 55 4e 20 74 65 73 74 20 63 6c 69 65 6e 74
            00 24 00 04 6e 00 01 ff
            80 29 00 08 93 2f f9 b1 51 26 3b 36
            00 06 00 09 65 76 74 6a 3a 68 36 76 59 20 20 20
            00 08 00 14 9a ea a7 0c bf d8 cb 56 78 1e f2 b5 b2 d3 f2 49 c1 b5 71 a2
            80 28 00 04 e5 7a 3b cf""");

    /** RFC 5769 §2.2: the IPv4 success response, mapped 192.0.2.1:32853. */
    static final byte[] IPV4_RESPONSE = StunBytes.hex("""
            01 01 00 3c 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
            80 22 00 0b 74 65 73 74 20 76 65 63 74 6f 72 20
            00 20 00 08 00 01 a1 47 e1 12 a6 43
            00 08 00 14 2b 91 f5 99 fd 9e 90 c3 8c 74 89 f9 2a f9 ba 53 f0 6b e7 d7
            80 28 00 04 c0 7d 4c 96""");

    /** RFC 5769 §2.3: the IPv6 success response, mapped [2001:db8:1234:5678:11:2233:4455:6677]:32853. */
    static final byte[] IPV6_RESPONSE = StunBytes.hex("""
            01 01 00 48 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
            80 22 00 0b 74 65 73 74 20 76 65 63 74 6f 72 20
            00 20 00 14 00 02 a1 47 01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9
            00 08 00 14 a3 82 95 4e 4b e6 7b f1 17 84 c9 7c 82 92 c2 75 bf e3 ed 41
            80 28 00 04 c8 fb 0b 4c""");

    /** RFC 5769 §2.4: a request with long-term credentials (USERNAME, NONCE, REALM), no FINGERPRINT. */
    static final byte[] LONG_TERM_REQUEST = StunBytes.hex("""
            00 01 00 60 21 12 a4 42 78 ad 34 33 c6 ad 72 c0 29 da 41 2e
            00 06 00 12 e3 83 9e e3 83 88 e3 83 aa e3 83 83 e3 82 af e3 82 b9 00 00
            00 15 00 1c 66 2f 2f 34 39 39 6b 39 35 34 64 36 4f 4c 33 34 6f 4c 39 46 53 54 76 79 36 34 73 41
            00 14 00 0b 65 78 61 6d 70 6c 65 2e 6f 72 67 00
            00 08 00 14 f6 70 24 65 6d d6 4a 3e 02 b8 e0 71 2e 85 c9 a2 8c a8 96 66""");

    private final StunReader reader = new StunReader();
    private final StunIntegrity integrity = new StunIntegrity();

    @Test
    void sampleRequestParsesAndVerifies() {
        assertEquals(StunRefusal.NONE, reader.wrap(REQUEST, 0, REQUEST.length));
        assertEquals(StunMessage.BINDING_REQUEST, reader.type());
        assertEquals(0x6e0001ffL, reader.priorityValue());
        assertNotEquals(StunReader.ABSENT, reader.controlled());
        assertEquals("evtj:h6vY", new String(REQUEST, reader.username() + 4, reader.valueLength(reader.username()),
                StandardCharsets.UTF_8));
        assertTrue(integrity.fingerprintMatches(reader));
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(PASSWORD)));
        assertFalse(integrity.integrityMatches(reader, new IntegrityKey(PASSWORD + "x")));
    }

    @Test
    void ipv4ResponseParsesAndVerifies() {
        assertMappedResponse(IPV4_RESPONSE, new InetSocketAddress("192.0.2.1", 32853));
    }

    @Test
    void ipv6ResponseParsesAndVerifies() {
        assertMappedResponse(IPV6_RESPONSE, new InetSocketAddress("2001:db8:1234:5678:11:2233:4455:6677", 32853));
    }

    private void assertMappedResponse(byte[] response, InetSocketAddress expected) {
        assertEquals(StunRefusal.NONE, reader.wrap(response, 0, response.length));
        assertEquals(StunMessage.BINDING_SUCCESS_RESPONSE, reader.type());
        assertTrue(integrity.fingerprintMatches(reader));
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(PASSWORD)));
        XorMappedAddress mapped = new XorMappedAddress();
        assertTrue(mapped.read(reader, reader.xorMappedAddress()));
        assertEquals(expected, mapped.toSocketAddress());
    }

    @Test
    void writerReproducesTheIpv6ResponseByteForByte() {
        byte[] out = new byte[200];
        XorMappedAddress mapped = new XorMappedAddress();
        mapped.from(new InetSocketAddress("2001:db8:1234:5678:11:2233:4455:6677", 32853));
        byte[] software = "test vector".getBytes(StandardCharsets.US_ASCII);
        int length = new StunWriter(integrity).begin(out, 7, StunMessage.BINDING_SUCCESS_RESPONSE, IPV6_RESPONSE, 8)
                .attribute(StunAttribute.SOFTWARE, software, 0, software.length).xorMappedAddress(mapped)
                .messageIntegrity(new IntegrityKey(PASSWORD)).fingerprint().length();
        byte[] written = java.util.Arrays.copyOfRange(out, 7, 7 + length);
        // RFC 5769 pads SOFTWARE with 0x20; the writer pads with zeros (RFC 8489 §14 lets either be sent).
        assertEquals(IPV6_RESPONSE.length, length);
        assertEquals(StunRefusal.NONE, reader.wrap(written, 0, length));
        assertTrue(integrity.fingerprintMatches(reader));
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(PASSWORD)));
        assertArrayEquals(java.util.Arrays.copyOfRange(IPV6_RESPONSE, 40, 64),
                java.util.Arrays.copyOfRange(written, 40, 64), "XOR-MAPPED-ADDRESS");
    }

    @Test
    void longTermRequestVerifiesWithTheMd5Key() throws Exception {
        assertEquals(StunRefusal.NONE, reader.wrap(LONG_TERM_REQUEST, 0, LONG_TERM_REQUEST.length));
        assertEquals(StunReader.ABSENT, reader.fingerprint());
        assertEquals(0x0015, reader.unknownRequiredType(), "NONCE is comprehension-required and unknown to ICE");
        // RFC 8489 §9.2.2: key = MD5(username ":" realm ":" OpaqueString(password)); "TheMatrIX" after SASLprep.
        String userRealmPassword = "\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9:example.org:TheMatrIX";
        byte[] md5 = MessageDigest.getInstance("MD5").digest(userRealmPassword.getBytes(StandardCharsets.UTF_8));
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(md5)));
    }
}

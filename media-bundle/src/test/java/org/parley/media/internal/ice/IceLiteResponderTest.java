package org.parley.media.internal.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.transport.Packet;

class IceLiteResponderTest {
    static final String LOCAL_UFRAG = "pLy7";
    static final String LOCAL_PASSWORD = "x9Kq2+Vb/0LmNcT4sRzW8eYh";
    static final String CHROME_UFRAG = "OwJ6";
    static final byte[] TRANSACTION = StunBytes.hex("7a 41 55 39 6b 2f 4e 6c 51 33 70 78");
    static final InetSocketAddress BROWSER = new InetSocketAddress("192.0.2.44", 53012);

    final IceEndpoint endpoint = new IceEndpoint(LOCAL_UFRAG, LOCAL_PASSWORD, CHROME_UFRAG);
    final IceLiteResponder responder = new IceLiteResponder(
            (array, offset, length) -> endpoint.isLocalUfrag(array, offset, length) ? endpoint : null);
    final byte[] out = new byte[StunWriter.MAX_RESPONSE_BYTES + 16];
    final StunReader reader = new StunReader();
    final StunIntegrity integrity = new StunIntegrity();

    /** As Chrome sends a nominating check: USERNAME, GOOG-NETWORK-INFO, ICE-CONTROLLING, USE-CANDIDATE, PRIORITY. */
    static StunBytes chromeCheck(String username) {
        return new StunBytes(StunMessage.BINDING_REQUEST, TRANSACTION).text(StunAttribute.USERNAME, username)
                .uint32(0xC057, 0x0001_000A)
                .attribute(StunAttribute.ICE_CONTROLLING, StunBytes.hex("1c 3f 59 0a 76 21 8e 42"))
                .attribute(StunAttribute.USE_CANDIDATE, new byte[0]).uint32(StunAttribute.PRIORITY, 0x6E7F1EFF);
    }

    static byte[] chromeRequest() {
        return chromeCheck(LOCAL_UFRAG + ":" + CHROME_UFRAG).integrity(LOCAL_PASSWORD).fingerprint().bytes();
    }

    int respond(byte[] request) {
        return responder.respond(request, 0, request.length, BROWSER, 1_000L, out, 3);
    }

    @Test
    void answersChromesCheckWithMappedAddressIntegrityAndFingerprint() {
        int length = respond(chromeRequest());
        assertEquals(CheckOutcome.ANSWERED, responder.lastOutcome());
        assertEquals(StunRefusal.NONE, reader.wrap(out, 3, length));
        assertEquals(StunMessage.BINDING_SUCCESS_RESPONSE, reader.type());
        int tx = reader.transactionIdOffset();
        assertTrue(Arrays.equals(TRANSACTION, 0, 12, out, tx, tx + 12));
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(LOCAL_PASSWORD)));
        assertTrue(integrity.fingerprintMatches(reader));
        XorMappedAddress mapped = new XorMappedAddress();
        assertTrue(mapped.read(reader, reader.xorMappedAddress()));
        assertEquals(BROWSER, mapped.toSocketAddress());
        assertEquals(StunReader.ABSENT, reader.username(), "RFC 8489 §9.1.4: no USERNAME in the response");
    }

    @Test
    void recordsConsentTimeAndNomination() {
        assertEquals(IceEndpoint.NEVER, endpoint.lastValidCheckMillis());
        respond(chromeRequest());
        assertEquals(1_000L, endpoint.lastValidCheckMillis());
        assertSame(BROWSER, endpoint.nominatedSource());
        assertSame(BROWSER, endpoint.lastCheckSource());
    }

    @Test
    void answersAnIpv6SourceThroughAPacketView() {
        byte[] request = chromeRequest();
        byte[] buffer = new byte[1600];
        System.arraycopy(request, 0, buffer, 100, request.length);
        InetSocketAddress v6 = new InetSocketAddress("2001:db8::7", 61000);
        int length = responder.respond(new Packet().wrap(buffer, 100, request.length, v6), 5L, out, 0);
        reader.wrap(out, 0, length);
        XorMappedAddress mapped = new XorMappedAddress();
        assertTrue(mapped.read(reader, reader.xorMappedAddress()));
        assertEquals(v6, mapped.toSocketAddress());
    }

    @Test
    void unknownUfragIsDroppedAndCounted() {
        byte[] request = chromeCheck("zzzz:" + CHROME_UFRAG).integrity(LOCAL_PASSWORD).fingerprint().bytes();
        assertEquals(0, respond(request));
        assertEquals(1, responder.count(CheckOutcome.UNKNOWN_UFRAG));
        assertEquals(IceEndpoint.NEVER, endpoint.lastValidCheckMillis());
    }

    @Test
    void wrongPasswordGets401WithoutIntegrity() {
        byte[] request = chromeCheck(LOCAL_UFRAG + ":" + CHROME_UFRAG).integrity("wrongwrongwrongwrongwrong")
                .fingerprint().bytes();
        assertError(request, CheckOutcome.BAD_INTEGRITY, 401);
        assertEquals(StunReader.ABSENT, reader.integrity(), "RFC 8489 §9.1.3: no MESSAGE-INTEGRITY after a failure");
        assertNull(endpoint.lastCheckSource());
    }

    @Test
    void wrongRemoteUfragOrNoColonGets401() {
        assertError(chromeCheck(LOCAL_UFRAG + ":abcd").integrity(LOCAL_PASSWORD).fingerprint().bytes(),
                CheckOutcome.BAD_USERNAME, 401);
        assertError(chromeCheck(LOCAL_UFRAG).integrity(LOCAL_PASSWORD).fingerprint().bytes(),
                CheckOutcome.BAD_USERNAME, 401);
    }

    @Test
    void missingIntegrityGets400() {
        assertError(chromeCheck(LOCAL_UFRAG + ":" + CHROME_UFRAG).fingerprint().bytes(),
                CheckOutcome.MISSING_CREDENTIALS, 400);
    }

    @Test
    void peerClaimingControlledGets487WithIntegrity() {
        byte[] request = new StunBytes(StunMessage.BINDING_REQUEST, TRANSACTION)
                .text(StunAttribute.USERNAME, LOCAL_UFRAG + ":" + CHROME_UFRAG)
                .attribute(StunAttribute.ICE_CONTROLLED, new byte[8]).integrity(LOCAL_PASSWORD).fingerprint().bytes();
        assertError(request, CheckOutcome.ROLE_CONFLICT, 487);
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(LOCAL_PASSWORD)));
    }

    @Test
    void rfc5769SampleRequestClaimsControlledAndGets487() {
        IceEndpoint rfcEndpoint = new IceEndpoint("evtj", Rfc5769VectorsTest.PASSWORD, "h6vY");
        IceLiteResponder rfcResponder = new IceLiteResponder((a, o, l) -> rfcEndpoint.isLocalUfrag(a, o, l)
                ? rfcEndpoint : null);
        byte[] request = Rfc5769VectorsTest.REQUEST;
        int length = rfcResponder.respond(request, 0, request.length, BROWSER, 0L, out, 3);
        assertEquals(CheckOutcome.ROLE_CONFLICT, rfcResponder.lastOutcome());
        assertEquals(StunRefusal.NONE, reader.wrap(out, 3, length));
        assertTrue(integrity.integrityMatches(reader, new IntegrityKey(Rfc5769VectorsTest.PASSWORD)));
    }

    @Test
    void unknownRequiredAttributeGets420ListingIt() {
        byte[] request = chromeCheck(LOCAL_UFRAG + ":" + CHROME_UFRAG).uint32(0x0077, 1).integrity(LOCAL_PASSWORD)
                .fingerprint().bytes();
        assertError(request, CheckOutcome.UNKNOWN_ATTRIBUTE, 420);
        int unknownAttributesValue = 3 + StunMessage.HEADER_BYTES + 4 + 24 + StunAttribute.HEADER_BYTES;
        assertEquals(StunAttribute.UNKNOWN_ATTRIBUTES, StunMessage.unsignedShort(out, unknownAttributesValue - 4));
        assertEquals(0x0077, StunMessage.unsignedShort(out, unknownAttributesValue));
    }

    @Test
    void badFingerprintIsDroppedSilently() {
        byte[] request = chromeRequest();
        request[request.length - 1] ^= 1;
        assertEquals(0, respond(request));
        assertEquals(1, responder.count(CheckOutcome.BAD_FINGERPRINT));
    }

    @Test
    void lyingAttributeLengthAndTruncationAreMalformed() {
        byte[] lying = chromeRequest();
        lying[StunMessage.HEADER_BYTES + StunAttribute.LENGTH_OFFSET + 1] = (byte) 0xF0;
        assertEquals(0, respond(lying));
        byte[] request = chromeRequest();
        assertEquals(0, responder.respond(request, 0, request.length - 4, BROWSER, 0L, out, 0));
        assertEquals(0, responder.respond(request, 0, 19, BROWSER, 0L, out, 0));
        assertEquals(3, responder.count(CheckOutcome.MALFORMED));
    }

    @Test
    void responsesAndIndicationsAreNotAnswered() {
        assertEquals(0, respond(Rfc5769VectorsTest.IPV4_RESPONSE));
        byte[] indication = new StunBytes(StunMessage.BINDING_INDICATION, TRANSACTION).fingerprint().bytes();
        assertEquals(0, respond(indication));
        assertEquals(2, responder.count(CheckOutcome.NOT_A_BINDING_REQUEST));
    }

    private void assertError(byte[] request, CheckOutcome outcome, int code) {
        int length = respond(request);
        assertEquals(outcome, responder.lastOutcome());
        assertEquals(StunRefusal.NONE, reader.wrap(out, 3, length));
        assertEquals(StunMessage.BINDING_ERROR_RESPONSE, reader.type());
        int value = reader.errorCode() + StunAttribute.HEADER_BYTES;
        assertEquals(code, out[value + 2] * 100 + out[value + 3]);
        assertTrue(integrity.fingerprintMatches(reader));
    }
}

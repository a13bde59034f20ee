package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Full handshakes of our association against plain BouncyCastle peers in the browser's place, in both roles and
 * for every SRTP profile: the keys on both sides must be the same RFC 5764 §4.2 split of one exporter output, and
 * each side must have seen the other's certificate.
 */
class DtlsHandshakeTest {

    @ParameterizedTest
    @EnumSource(SrtpProtectionProfile.class)
    void asServerNegotiatesEachProfile(SrtpProtectionProfile profile) throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            BrowserClient browser = new BrowserClient(TestCertificates.BROWSER, profile.id());

            SrtpKeyMaterial keys = link.awaitHandshake(link.startWith(browser)).keys();

            assertEquals(profile, keys.profile());
            assertFalse(keys.localIsClient());
            assertEquals(profile.id(), browser.chosenProfile);
            assertSplitOf(browser.exported, keys);
            assertArrayEquals(TestCertificates.SFU.encoded(), browser.serverCertificate);
            assertTrue(link.association.isEstablished());
            assertEquals(1, link.association.counters().established());
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProtectionProfile.class)
    void asClientNegotiatesEachProfile(SrtpProtectionProfile profile) throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.CLIENT)) {
            BrowserServer browser = new BrowserServer(TestCertificates.BROWSER, profile.id());

            SrtpKeyMaterial keys = link.awaitHandshake(link.startWith(browser)).keys();

            assertEquals(profile, keys.profile());
            assertTrue(keys.localIsClient());
            assertArrayEquals(new int[] {0x0007, 0x0008, 0x0001}, browser.offeredProfiles, "our offer, in order");
            assertSplitOf(browser.exported, keys);
            assertArrayEquals(TestCertificates.SFU.encoded(), browser.clientCertificate);
        }
    }

    @Test
    void asServerPrefersGcmWhateverTheClientsOrder() throws Exception {
        assertEquals(SrtpProtectionProfile.AEAD_AES_128_GCM, negotiatedAsServer(0x0001, 0x0008, 0x0007));
        assertEquals(SrtpProtectionProfile.AEAD_AES_256_GCM, negotiatedAsServer(0x0001, 0x0008));
        assertEquals(SrtpProtectionProfile.AES_CM_128_HMAC_SHA1_80, negotiatedAsServer(0x0002, 0x0001));
    }

    private static SrtpProtectionProfile negotiatedAsServer(int... offered) throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            link.startWith(new BrowserClient(TestCertificates.BROWSER, offered));
            return link.listener.awaitKeys().profile();
        }
    }

    @Test
    void keysMapToDirectionsByRole() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            link.startWithBrowser(0x0007);
            SrtpKeyMaterial keys = link.listener.awaitKeys();
            // We are the server: what the browser (client) sends is protected with the client write key.
            assertArrayEquals(keys.clientKey(), keys.remoteKey());
            assertArrayEquals(keys.serverKey(), keys.localKey());
            assertArrayEquals(keys.clientSalt(), keys.remoteSalt());
            assertArrayEquals(keys.serverSalt(), keys.localSalt());
            assertFalse(Arrays.equals(keys.clientKey(), keys.serverKey()));
        }
    }

    /** RFC 5764 §4.2: client key | server key | client salt | server salt. */
    static void assertSplitOf(byte[] exported, SrtpKeyMaterial keys) {
        int key = keys.profile().keyBytes();
        int salt = keys.profile().saltBytes();
        assertEquals(2 * (key + salt), exported.length);
        assertArrayEquals(Arrays.copyOfRange(exported, 0, key), keys.clientKey());
        assertArrayEquals(Arrays.copyOfRange(exported, key, 2 * key), keys.serverKey());
        assertArrayEquals(Arrays.copyOfRange(exported, 2 * key, 2 * key + salt), keys.clientSalt());
        assertArrayEquals(Arrays.copyOfRange(exported, 2 * key + salt, exported.length), keys.serverSalt());
    }
}

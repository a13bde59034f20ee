package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Handshakes the association must refuse, each with its own failure reason, counter and alert to the peer. */
class DtlsRefusalTest {
    private static final List<CertificateFingerprint> STRANGERS_FINGERPRINT =
            List.of(TestCertificates.STRANGER.fingerprint());
    /** A 300 ms handshake timeout. */
    private static final DtlsSettings SHORT_TIMEOUT = new DtlsSettings(300, 8, 1200);

    @ParameterizedTest
    @EnumSource(DtlsRole.class)
    void refusesACertificateThatMatchesNoFingerprint(DtlsRole role) throws Exception {
        try (DtlsLink link = new DtlsLink(role, STRANGERS_FINGERPRINT, DtlsSettings.DEFAULTS)) {
            var browserSide = link.startWithBrowser(0x0007);

            assertRefused(link, DtlsFailure.FINGERPRINT_MISMATCH);
            assertEquals(AlertDescription.bad_certificate, alertTheBrowserGot(browserSide));
        }
    }

    @Test
    void anyOfSeveralFingerprintsMayMatch() throws Exception {
        List<CertificateFingerprint> two = List.of(TestCertificates.STRANGER.fingerprint(),
                CertificateFingerprint.of("sha-512", TestCertificates.BROWSER.encoded()));
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER, two, DtlsSettings.DEFAULTS)) {
            link.startWithBrowser(0x0001);
            assertEquals(SrtpProtectionProfile.AES_CM_128_HMAC_SHA1_80, link.listener.awaitKeys().profile());
        }
    }

    @Test
    void asServerRefusesAClientWithoutUseSrtp() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            var browserSide = link.startWith(new BrowserClient(TestCertificates.BROWSER, (int[]) null));

            assertRefused(link, DtlsFailure.MISSING_USE_SRTP);
            assertEquals(AlertDescription.handshake_failure, alertTheBrowserGot(browserSide));
        }
    }

    /** The server's use_srtp must answer one profile we offered; -1: it leaves use_srtp out. */
    @ParameterizedTest
    @CsvSource({"-1, MISSING_USE_SRTP", "0x0002, NO_COMMON_PROFILE"})
    void asClientRefusesAServerThatAnswersNoProfileWeOffered(String answered, DtlsFailure expected) throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.CLIENT)) {
            link.startWithBrowser(Integer.decode(answered));
            assertRefused(link, expected);
        }
    }

    @Test
    void asServerRefusesAClientOfferingOnlyProfilesWeDoNotSupport() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            // SRTP_AES128_CM_HMAC_SHA1_32 and SRTP_NULL_HMAC_SHA1_80 (RFC 5764 §4.1.2).
            link.startWith(new BrowserClient(TestCertificates.BROWSER, 0x0002, 0x0005));
            assertRefused(link, DtlsFailure.NO_COMMON_PROFILE);
        }
    }

    @Test
    void aSilentPeerTimesOut() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.CLIENT, TestCertificates.browserFingerprint(), SHORT_TIMEOUT)) {
            link.association.start();
            assertRefused(link, DtlsFailure.TIMEOUT);
            assertFalse(link.toBrowser.isEmpty(), "our ClientHello went out");
        }
    }

    @Test
    void asServerTheHandshakeAndItsTimeoutBeginWithTheFirstDatagram() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER, TestCertificates.browserFingerprint(), SHORT_TIMEOUT)) {
            link.association.start();
            Thread.sleep(400);
            assertEquals(0, ((ThreadPoolExecutor) link.executor).getActiveCount(), "no thread waits for nothing");
            assertFalse(link.listener.failed.isDone());

            byte[] ignorable = DtlsAssociationTest.ignorableRecord(new Random(1));
            assertTrue(link.association.offer(ignorable, 0, ignorable.length, DtlsLink.BROWSER));
            assertRefused(link, DtlsFailure.TIMEOUT);
        }
    }

    @Test
    void closingDuringTheHandshakeStopsItWithoutAListenerCall() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.CLIENT)) {
            link.association.start();
            Thread.sleep(50); // let the handshake task wait for a ServerHello
            link.association.close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (link.association.counters().failures(DtlsFailure.CLOSED) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, link.association.counters().failures(DtlsFailure.CLOSED));
            assertEquals(0, link.listener.calls.get());
            assertFalse(link.association.offer(new byte[] {22, (byte) 254, (byte) 253, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                    0, 13, DtlsLink.BROWSER));
            assertEquals(1, link.association.counters().drops(DtlsDrop.CLOSED));
        }
    }

    private static void assertRefused(DtlsLink link, DtlsFailure expected) throws Exception {
        assertEquals(expected, link.listener.awaitFailure());
        assertEquals(1, link.association.counters().failures(expected));
        assertEquals(0, link.association.counters().established());
        assertNull(link.listener.established.getNow(null));
        assertFalse(link.association.isEstablished());
    }

    private static short alertTheBrowserGot(CompletableFuture<DTLSTransport> browserSide) {
        ExecutionException failure =
                assertThrows(ExecutionException.class, () -> browserSide.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(TlsFatalAlertReceived.class, failure.getCause()).getAlertDescription();
    }
}

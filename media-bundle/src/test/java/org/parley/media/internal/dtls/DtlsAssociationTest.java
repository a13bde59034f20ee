package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.tls.DTLSTransport;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.transport.Packet;

/** The association around the handshake: what it drops and counts, the source binding, and the end of it. */
class DtlsAssociationTest {
    private static final int CAPACITY = 8;

    @Test
    void garbageIsDroppedAndCountedAndTheHandshakeStillCompletes() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            Random random = new Random(7983);
            AtomicInteger malformed = new AtomicInteger();
            AtomicInteger admitted = new AtomicInteger();
            link.tap = datagram -> {
                // Before every real datagram, as from the same 5-tuple: malformed ones, and well-formed records
                // BC must ignore.
                for (int i = 0; i < 50; i++) {
                    byte[] garbage = malformedDatagram(random);
                    assertFalse(link.association.offer(garbage, 0, garbage.length, DtlsLink.BROWSER));
                    malformed.incrementAndGet();
                }
                byte[] ignorable = ignorableRecord(random);
                if (link.association.offer(ignorable, 0, ignorable.length, DtlsLink.BROWSER)) {
                    admitted.incrementAndGet();
                }
            };
            link.startWithBrowser(0x0007);

            assertEquals(SrtpProtectionProfile.AEAD_AES_128_GCM, link.listener.awaitKeys().profile());
            assertEquals(malformed.get(), link.association.counters().drops(DtlsDrop.MALFORMED));
            assertTrue(malformed.get() >= 100, "the browser sent at least two flights");
            assertTrue(admitted.get() >= 2, "well-formed junk reached BouncyCastle");
        }
    }

    /** A datagram on the DTLS first-byte range (RFC 7983) that breaks the record layer in a random way. */
    static byte[] malformedDatagram(Random random) {
        byte[] datagram = new byte[random.nextInt(80)];
        random.nextBytes(datagram);
        if (datagram.length > 0) {
            datagram[0] = (byte) (20 + random.nextInt(44));
        }
        if (datagram.length > DtlsRecordCheck.LENGTH_OFFSET + 1) {
            if (random.nextBoolean()) {
                datagram[1] = (byte) 0x03; // a TLS version, not DTLS
            } else {
                datagram[0] = 22;
                datagram[1] = (byte) 254;
                datagram[2] = (byte) 253;
                datagram[DtlsRecordCheck.LENGTH_OFFSET] = (byte) 0x7F; // a length far past the end
            }
        }
        return datagram;
    }

    /**
     * A well-formed DTLS 1.2 record that BC discards before its replay window (RFC 6347 §4.1.2.6): one of an epoch
     * that does not exist. (An epoch-0 record with a high sequence number would move the window past the real
     * ClientHello: anyone able to send from the browser's 5-tuple can disturb an unprotected epoch, which is why
     * only ICE-validated sources reach an association.)
     */
    static byte[] ignorableRecord(Random random) {
        byte[] record = new byte[DtlsRecordCheck.HEADER_BYTES + 40];
        random.nextBytes(record);
        record[0] = 22;
        record[1] = (byte) 254;
        record[2] = (byte) 253;
        record[3] = 0;
        record[4] = 9;
        record[11] = 0;
        record[12] = 40;
        return record;
    }

    @Test
    void aSecondSourceIsRefusedOnceTheFirstIsBound() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            AtomicBoolean raced = new AtomicBoolean();
            link.tap = datagram -> {
                if (raced.compareAndSet(false, true)) {
                    // The same ClientHello racing in from another address, just after the browser's.
                    link.association.offer(datagram, 0, datagram.length, DtlsLink.BROWSER);
                    assertFalse(link.association.offer(datagram, 0, datagram.length, DtlsLink.STRANGER));
                }
            };
            link.startWithBrowser(0x0007);

            link.listener.awaitKeys();
            assertEquals(1, link.association.counters().drops(DtlsDrop.OTHER_PEER));
            assertEquals(DtlsLink.BROWSER, link.association.peerGuard().boundSource());
        }
    }

    @Test
    void aFullQueueAndAnOversizedDatagramAreDroppedAndCounted() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER, TestCertificates.browserFingerprint(),
                new DtlsSettings(1000, CAPACITY, 1200))) {
            Random random = new Random(5764);
            for (int i = 0; i < CAPACITY; i++) {
                byte[] record = ignorableRecord(random);
                assertTrue(link.association.offer(record, 0, record.length, DtlsLink.BROWSER));
            }
            for (int i = 0; i < 3; i++) {
                byte[] record = ignorableRecord(random);
                assertFalse(link.association.offer(record, 0, record.length, DtlsLink.BROWSER));
            }
            byte[] huge = new byte[DtlsSettings.RECEIVE_LIMIT + 1];
            assertFalse(link.association.offer(new Packet().wrap(huge, 0, huge.length, DtlsLink.BROWSER)));

            assertEquals(3, link.association.counters().drops(DtlsDrop.QUEUE_FULL));
            assertEquals(1, link.association.counters().drops(DtlsDrop.TOO_LARGE));
        }
    }

    @Test
    void applicationDataAfterTheHandshakeIsDroppedAndCounted() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            DTLSTransport browser = link.awaitHandshake(link.startWithBrowser(0x0001)).browser();

            byte[] hello = "not a data channel".getBytes(StandardCharsets.US_ASCII);
            browser.send(hello, 0, hello.length);
            awaitCount(() -> link.association.counters().drops(DtlsDrop.APPLICATION_DATA), 1);
            assertTrue(link.association.isEstablished());
        }
    }

    @Test
    void aCloseNotifyFromThePeerEndsTheAssociation() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.CLIENT)) {
            link.awaitHandshake(link.startWithBrowser(0x0008)).browser().close();

            link.listener.awaitClosed();
            assertFalse(link.association.isEstablished());
            assertEquals(1, link.association.counters().closedByPeer());
            assertEquals(2, link.listener.calls.get(), "established, then closed");
        }
    }

    @Test
    void closingAnEstablishedAssociationSendsCloseNotify() throws Exception {
        try (DtlsLink link = new DtlsLink(DtlsRole.SERVER)) {
            BrowserClient client = new BrowserClient(TestCertificates.BROWSER, 0x0007);
            DTLSTransport browser = link.awaitHandshake(link.startWith(client)).browser();

            link.association.close();
            byte[] buffer = new byte[1500];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!client.closeNotifyReceived && System.nanoTime() < deadline) {
                browser.receive(buffer, 0, buffer.length, 50);
            }
            assertTrue(client.closeNotifyReceived);
            assertFalse(link.association.isEstablished());
            assertEquals(1, link.listener.calls.get(), "only established: the owner closed it");
        }
    }

    private static void awaitCount(java.util.function.LongSupplier count, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count.getAsLong() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, count.getAsLong());
    }
}

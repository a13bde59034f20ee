package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.DatagramTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.dtls.BrowserClient;
import org.parley.media.internal.dtls.DtlsCertificate;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpSession;

/**
 * The DTLS wiring end to end in one process: a plain BouncyCastle client in the browser's place (its certificate's
 * fingerprint in its offer, as Chrome's) handshakes with the SFU through the sink after ICE bound the leg; the SFU
 * answers as the DTLS server on the 5-tuple the ClientHello came from, chooses AES-GCM, and installs the SRTP keys
 * the right way round: SRTP the browser protects with its client write key (RFC 5764 §4.2) is accepted.
 */
class DtlsThroughTheSinkTest {
    private static final int GCM = 0x0007;
    private static final int AES_CM = 0x0001;
    private static final long WAIT_MILLIS = 10_000;

    private final TestSfu sfu = new TestSfu();

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void theBrowsersHandshakeKeysTheLegAndItsSrtpIsAccepted() throws Exception {
        DtlsCertificate browserCertificate = DtlsCertificate.generate();
        TestPeer alice = sfu.join(1, true, browserCertificate);
        sfu.settle(alice);
        sfu.connect(alice);
        BlockingQueue<byte[]> toBrowser = new LinkedBlockingQueue<>();
        alice.reply().watch(toBrowser::add);
        BrowserClient browser = new BrowserClient(browserCertificate, AES_CM, GCM);

        DTLSTransport established = new DTLSClientProtocol().connect(browser, new Wire(alice, toBrowser));

        assertEquals(GCM, browser.chosenProfile, "AES-GCM preferred whatever the browser's order");
        byte[] keys = browser.exported;
        SrtpProfile profile = SrtpProfile.AEAD_AES_128_GCM;
        int key = profile.keyBytes();
        int salt = profile.saltBytes();
        alice.keys(new SrtpSession(profile, Arrays.copyOfRange(keys, 0, key),
                Arrays.copyOfRange(keys, 2 * key, 2 * key + salt)), new SrtpSession(profile,
                Arrays.copyOfRange(keys, key, 2 * key), Arrays.copyOfRange(keys, 2 * key + salt, 2 * key + 2 * salt)));
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        int sequence = 0;
        while (alice.leg().stats().packetsReceived() == 0 && System.currentTimeMillis() < deadline) {
            synchronized (sfu) {
                sfu.receive(alice, alice.buffer(), alice.rtp(Track.AUDIO, ++sequence, 50));
            }
            Thread.sleep(20);
        }
        sfu.settle(alice);

        assertEquals(1, alice.leg().stats().packetsReceived(), "the SFU decrypts with the browser's write key");
        assertEquals(MediaConnection.State.CONNECTED, alice.listener().lastConnection().state());
        established.close();
    }

    /** The browser's datagrams go into the sink (one at a time, as on the UDP thread); the SFU's come back. */
    private final class Wire implements DatagramTransport {
        private final TestPeer peer;
        private final BlockingQueue<byte[]> incoming;

        Wire(TestPeer peer, BlockingQueue<byte[]> incoming) {
            this.peer = peer;
            this.incoming = incoming;
        }

        @Override
        public int getReceiveLimit() {
            return 1500;
        }

        @Override
        public int getSendLimit() {
            return 1200;
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            try {
                byte[] datagram = incoming.poll(waitMillis, TimeUnit.MILLISECONDS);
                if (datagram == null) {
                    return -1;
                }
                int n = Math.min(len, datagram.length);
                System.arraycopy(datagram, 0, buf, off, n);
                return n;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        @Override
        public void send(byte[] buf, int off, int len) {
            byte[] datagram = Arrays.copyOfRange(buf, off, off + len);
            synchronized (sfu) {
                sfu.receive(peer, datagram);
            }
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}

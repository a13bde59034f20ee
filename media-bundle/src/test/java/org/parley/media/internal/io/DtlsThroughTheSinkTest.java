package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.dtls.BrowserClient;
import org.parley.media.internal.dtls.BrowserWire;
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

        // The browser's datagrams go into the sink one at a time, as on the UDP thread; the SFU's come back.
        DTLSTransport established = new DTLSClientProtocol().connect(browser, new BrowserWire(toBrowser, datagram -> {
            synchronized (sfu) {
                sfu.receive(alice, datagram);
            }
        }));

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
}

package org.parley.media.internal.io;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.dtls.DtlsCertificate;
import org.parley.media.internal.dtls.DtlsSettings;
import org.parley.media.internal.forwarding.Conferences;
import org.parley.media.internal.forwarding.DtlsEnvironment;
import org.parley.media.internal.forwarding.Leg;
import org.parley.media.internal.forwarding.LegPipelines;
import org.parley.media.internal.forwarding.MediaEnvironment;
import org.parley.media.internal.forwarding.ServerEndpoint;
import org.parley.media.internal.sdp.Fingerprint;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.Packet;
import org.parley.media.internal.transport.TransportKind;

/**
 * The SFU as the service wires it, without sockets: a {@link LegRegistry}, one {@link MediaSink} the test feeds
 * as the UDP thread would, conferences with the real pipelines ({@link LegPipelines}), listener calls queued until
 * {@link #settle}, a hand-moved clock. SRTP keys are installed directly (the real DTLS handshake is covered by the
 * dtls tests and the browser tests), so the browsers' side of SRTP is known to the test.
 */
final class TestSfu implements AutoCloseable {
    static final String MEETING = "m-1";
    static final SrtpProfile PROFILE = SrtpProfile.AEAD_AES_128_GCM;

    final AtomicLong clock = new AtomicLong(1_000_000);
    final LegRegistry registry = new LegRegistry(clock::get);
    final SinkCounters counters = new SinkCounters();
    final MediaSink sink = new MediaSink(registry, clock::get, counters);
    final Conferences conferences;
    private final Queue<Runnable> events = new ArrayDeque<>();
    private final ExecutorService handshakes = Executors.newCachedThreadPool();
    private final Packet packet = new Packet();
    private final SecureRandom random = new SecureRandom();

    TestSfu() {
        DtlsCertificate certificate = DtlsCertificate.generate();
        String sdp = certificate.fingerprint().toSdp();
        Executor queued = events::add;
        conferences = new Conferences(new MediaEnvironment(new ServerEndpoint("127.0.0.1", 10_000, 4443,
                new Fingerprint(sdp.substring(sdp.indexOf(' ') + 1))), registry, queued,
                LegPipelines.builder(new DtlsEnvironment(certificate, handshakes, DtlsSettings.DEFAULTS)), random));
    }

    /** Browser {@code number} opens its leg as participant "p{number}" and offers its microphone and camera. */
    TestPeer join(int number, boolean keepSent) throws MediaRefused {
        return join(number, keepSent, null);
    }

    /** As {@link #join(int, boolean)}, the offer carrying the fingerprint of the browser's certificate. */
    TestPeer join(int number, boolean keepSent, DtlsCertificate browserCertificate) throws MediaRefused {
        RecordingListener listener = new RecordingListener();
        Leg leg = conferences.open(MEETING, "p" + number, listener);
        TestPeer peer = new TestPeer(number, leg, listener, new FakeReply(TransportKind.UDP, keepSent),
                new InetSocketAddress("127.0.0.1", 40_000 + number));
        if (browserCertificate != null) {
            peer.fingerprint(browserCertificate.fingerprint().toSdp());
        }
        peer.offer();
        return peer;
    }

    /** Delivers listener calls and lets every browser answer the server's offers, until all is quiet. */
    void settle(TestPeer... peers) throws MediaRefused {
        boolean busy = true;
        while (busy) {
            busy = false;
            Runnable next;
            while ((next = events.poll()) != null) {
                next.run();
                busy = true;
            }
            for (TestPeer p : peers) {
                busy |= p.answerPending();
            }
        }
    }

    /** The browser's nominating check arrives through the sink (ICE binds the leg); returns the sink's answer. */
    byte[] connect(TestPeer peer) {
        peer.reply().clear();
        receive(peer, peer.check(true));
        return peer.reply().sent().isEmpty() ? null : peer.reply().sent().get(0);
    }

    /** What DTLS would install: fresh keys both ways, the browser's halves kept by {@code peer}. */
    void key(TestPeer peer) {
        byte[][] up = material();
        byte[][] down = material();
        peer.keys(new SrtpSession(PROFILE, up[0], up[1]), new SrtpSession(PROFILE, down[0], down[1]));
        ReentrantLock lock = peer.leg().conference().lock();
        lock.lock();
        try {
            ((LegPipelines) peer.leg().media()).keys(new SrtpSession(PROFILE, up[0], up[1]),
                    new SrtpSession(PROFILE, down[0], down[1]));
        } finally {
            lock.unlock();
        }
    }

    private byte[][] material() {
        byte[] key = new byte[PROFILE.keyBytes()];
        byte[] salt = new byte[PROFILE.saltBytes()];
        random.nextBytes(key);
        random.nextBytes(salt);
        return new byte[][] {key, salt};
    }

    /** One datagram from {@code peer}'s browser, as the UDP thread hands it to the sink. */
    void receive(TestPeer peer, byte[] datagram) {
        receive(peer, datagram, datagram.length);
    }

    void receive(TestPeer peer, byte[] array, int length) {
        sink.receive(packet.wrap(array, 0, length, peer.source()), peer.reply());
    }

    /**
     * Joins, settles, connects and keys {@code count} browsers numbered 1..; the first one's {@code forwarded}
     * tracks are let through to the others (every track starts not forwarded).
     */
    TestPeer[] call(int count, boolean keepSent, Track... forwarded) throws MediaRefused {
        TestPeer[] peers = new TestPeer[count];
        for (int i = 0; i < count; i++) {
            peers[i] = join(i + 1, keepSent);
        }
        settle(peers);
        for (TestPeer p : peers) {
            connect(p);
            key(p);
        }
        settle(peers);
        for (TestPeer p : peers) {
            p.reply().clear();
        }
        for (Track track : forwarded) {
            peers[0].leg().forward(track, true);
        }
        return peers;
    }

    /** A sender posing as {@code victim}'s browser from an address ICE never bound. */
    static TestPeer stranger(TestPeer victim) {
        return new TestPeer(9, victim.leg(), new RecordingListener(), new FakeReply(TransportKind.UDP, true),
                new InetSocketAddress("127.0.0.1", 49_999));
    }

    @Override
    public void close() {
        conferences.closeAll();
        handshakes.shutdownNow();
    }
}

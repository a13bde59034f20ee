package org.parley.media.internal.forwarding;

import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.media.internal.dtls.CertificateFingerprint;
import org.parley.media.internal.dtls.DtlsAssociation;
import org.parley.media.internal.dtls.DtlsFailure;
import org.parley.media.internal.dtls.DtlsListener;
import org.parley.media.internal.dtls.DtlsRole;
import org.parley.media.internal.dtls.DtlsSender;
import org.parley.media.internal.dtls.SrtpKeyMaterial;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.Packet;
import org.parley.media.internal.transport.PacketReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One leg's DTLS-SRTP (RFC 5764): the association, started at the browser's first offer with the role and the
 * browser's fingerprint from the SDP; datagrams from the I/O thread; our flights back on the path the browser's last
 * DTLS datagram came on (or the leg's ICE transport before any came); when established, the two SRTP sessions
 * (RFC 5764 §4.2: the browser's write key decrypts what it sends, ours encrypts what we send) installed under the
 * conference's lock and the key material wiped; a failed handshake or a browser that ends DTLS fails the leg with a
 * cause a person can read.
 *
 * <p>Threading: {@link #start} under the conference lock; {@link #offer} on the I/O thread (no lock); the listener
 * and sender calls on the DTLS executor (no lock, which they take themselves). A later offer with another
 * fingerprint (a DTLS restart) is not supported: the association of the first offer stays.
 */
final class LegDtls implements DtlsListener, DtlsSender {
    private static final Logger LOG = LoggerFactory.getLogger(LegDtls.class);

    /** Where DTLS goes back to: the 5-tuple of the browser's latest DTLS datagram. */
    private record Path(PacketReply reply, SocketAddress source) {
    }

    private final Leg leg;
    private final LegPipelines media;
    private final DtlsEnvironment environment;
    private final AtomicLong unexpected = new AtomicLong();
    private volatile DtlsAssociation association;
    private volatile Path path;

    LegDtls(Leg leg, LegPipelines media, DtlsEnvironment environment) {
        this.leg = leg;
        this.media = media;
        this.environment = environment;
    }

    /** Starts the handshake the first time the browser's offer gives role and fingerprint. Under the lock. */
    void start(DtlsParameters parameters) {
        if (association != null || parameters == null || parameters.remoteFingerprint() == null) {
            return;
        }
        DtlsRole role = parameters.serverRole() ? DtlsRole.SERVER : DtlsRole.CLIENT;
        CertificateFingerprint browser = CertificateFingerprint.parse(
                parameters.remoteFingerprint().attributeValue());
        DtlsAssociation started = new DtlsAssociation(role, environment.certificate(), List.of(browser),
                environment.settings(), this, this, environment.executor());
        association = started;
        try {
            started.start();
        } catch (RejectedExecutionException stopping) {
            // The service is stopping; it closes every leg next.
        }
    }

    /** A DTLS datagram from {@code reply}; I/O thread. Allocates only when the browser's 5-tuple changes. */
    void offer(Packet packet, PacketReply reply) {
        DtlsAssociation current = association;
        if (current == null) {
            unexpected.incrementAndGet();
            return;
        }
        Path last = path;
        if (last == null || last.reply() != reply || !last.source().equals(packet.source())) {
            path = new Path(reply, packet.source());
        }
        current.offer(packet);
    }

    /** Ends the association (the leg closed): close_notify when it was established. */
    void close() {
        DtlsAssociation current = association;
        if (current != null) {
            current.close();
        }
    }

    /** Datagrams that came before the browser's offer started the association. */
    long unexpected() {
        return unexpected.get();
    }

    /** The association, or null before the browser's first offer. */
    DtlsAssociation association() {
        return association;
    }

    /**
     * Back on the 5-tuple the browser's DTLS came from; before any came (we are the client, RFC 8842 §5: the browser
     * answered passive) on the leg's ICE transport, and before ICE bound one nowhere (BC retransmits the flight).
     */
    @Override
    public void send(byte[] datagram) {
        Path to = path;
        if (to != null) {
            to.reply().send(datagram, 0, datagram.length, to.source());
            return;
        }
        LegTransport transport = leg.transport();
        if (transport != LegTransport.UNBOUND) {
            transport.send(datagram, 0, datagram.length);
        }
    }

    @Override
    public void established(SrtpKeyMaterial keys) {
        SrtpSession receive;
        SrtpSession send;
        try {
            SrtpProfile profile = profile(keys.profile().id());
            receive = new SrtpSession(profile, keys.remoteKey(), keys.remoteSalt());
            send = new SrtpSession(profile, keys.localKey(), keys.localSalt());
        } finally {
            keys.wipe();
        }
        ReentrantLock lock = leg.conference().lock();
        lock.lock();
        try {
            if (!leg.isClosed()) {
                media.keys(receive, send);
            }
        } finally {
            lock.unlock();
        }
        LOG.debug("Media keys installed ({})", receive.profile());
    }

    @Override
    public void failed(DtlsFailure reason) {
        leg.fail("the secure media handshake (DTLS) with the browser failed: "
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    @Override
    public void closed() {
        leg.fail("the browser ended the secure media connection (DTLS)");
    }

    /** The SRTP profile of a DTLS use_srtp profile id (RFC 5764 §4.1.2, RFC 7714 §14.2). */
    static SrtpProfile profile(int dtlsId) {
        for (SrtpProfile p : SrtpProfile.values()) {
            if (p.dtlsId() == dtlsId) {
                return p;
            }
        }
        throw new IllegalArgumentException("no SRTP profile for DTLS id 0x" + Integer.toHexString(dtlsId));
    }
}

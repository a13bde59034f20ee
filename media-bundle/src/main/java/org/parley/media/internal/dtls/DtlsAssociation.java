package org.parley.media.internal.dtls;

import java.io.IOException;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsTimeoutException;
import org.parley.media.internal.transport.Packet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One endpoint's DTLS-SRTP association (RFC 5764 over DTLS 1.2, RFC 6347): the handshake in the role the SDP chose,
 * then, until it ends, the reading of later records — the peer's retransmitted last flight (answered with ours,
 * RFC 6347 §4.2.4), alerts, and application data, which is dropped. The result goes to a {@link DtlsListener}:
 * {@link SrtpKeyMaterial} when established, a {@link DtlsFailure} when refused, {@code closed} when the peer ends it.
 *
 * <p>Lifecycle: construct, {@link #start()} once, {@link #offer} every DTLS datagram of the endpoint (before or
 * after start), {@link #close()} when the endpoint goes. A DTLS restart (new fingerprint or setup in a renegotiated
 * SDP) is a new association.
 *
 * <p>Threads: {@code offer} on the I/O thread — it checks, copies and queues, never blocks, never calls BC or the
 * listener; everything else runs as tasks of this association, one at a time, on the given executor (a small pool
 * shared by all endpoints; a handshake holds a thread while it waits for the peer, at most the handshake timeout).
 * {@code close} from any thread. To have the meeting and participant ids in the MDC of the log lines and listener
 * calls, pass an executor that sets them around each task.
 */
public final class DtlsAssociation {
    private static final Logger LOG = LoggerFactory.getLogger(DtlsAssociation.class);
    /** How long a read of later records waits once the queue is empty: just enough to end the read. */
    private static final int DRAIN_WAIT_MILLIS = 1;

    private enum State { NEW, HANDSHAKING, ESTABLISHED, ENDED }

    private final DtlsRole role;
    private final SrtpHandshake handshake;
    private final DtlsListener listener;
    private final QueuedDatagramTransport transport;
    private final SerialRunner runner;
    private final DtlsPeerGuard guard = new DtlsPeerGuard();
    private final DtlsCounters counters = new DtlsCounters();
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final AtomicBoolean handshakeSubmitted = new AtomicBoolean();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private DTLSTransport established;
    private byte[] readBuffer;

    /**
     * @param remoteFingerprints the a=fingerprint values of the browser's SDP; its certificate must match one
     * @throws IllegalArgumentException when {@code remoteFingerprints} is empty
     */
    public DtlsAssociation(DtlsRole role, DtlsCertificate local, List<CertificateFingerprint> remoteFingerprints,
            DtlsSettings settings, DtlsSender sender, DtlsListener listener, Executor executor) {
        this.role = role;
        this.handshake = new SrtpHandshake(local, new PeerCertificateCheck(remoteFingerprints),
                settings.handshakeTimeoutMillis());
        this.listener = listener;
        this.transport = new QueuedDatagramTransport(settings.queueCapacity(), settings.sendLimit(), sender);
        this.runner = new SerialRunner(executor);
    }

    /**
     * Lets the handshake begin on the executor. As client, our ClientHello goes out at once. As server, the
     * handshake task — and its timeout — begins with the browser's first admitted datagram (perhaps already
     * queued), so an endpoint whose browser never sends DTLS holds no executor thread; its liveness expiry ends it.
     *
     * @throws IllegalStateException when called twice or after close
     * @throws RejectedExecutionException when the executor is shut down
     */
    public void start() {
        if (!state.compareAndSet(State.NEW, State.HANDSHAKING)) {
            throw new IllegalStateException("DTLS association already " + state.get());
        }
        if (role == DtlsRole.CLIENT || transport.hasPending()) {
            submitHandshake();
        }
    }

    private void submitHandshake() {
        if (handshakeSubmitted.compareAndSet(false, true)) {
            runner.run(this::handshake);
        }
    }

    /** {@link #offer(byte[], int, int, SocketAddress)} for the receive loop's packet view. */
    public boolean offer(Packet packet) {
        return offer(packet.array(), packet.offset(), packet.length(), packet.source());
    }

    /**
     * Hands over one received DTLS datagram (first byte 20–63, RFC 7983); I/O thread, never blocks, copies.
     *
     * @return true when queued; false when dropped and counted under a {@link DtlsDrop}
     */
    public boolean offer(byte[] array, int offset, int length, SocketAddress source) {
        DtlsDrop drop = admit(array, offset, length, source);
        if (drop != null) {
            counters.countDrop(drop);
            return false;
        }
        if (role == DtlsRole.SERVER && state.get() == State.HANDSHAKING) {
            try {
                submitHandshake();
            } catch (RejectedExecutionException shuttingDown) {
                // The bundle is stopping; whoever stops it closes this association.
            }
        }
        scheduleDrain();
        return true;
    }

    private DtlsDrop admit(byte[] array, int offset, int length, SocketAddress source) {
        if (state.get() == State.ENDED) {
            return DtlsDrop.CLOSED;
        }
        if (length > DtlsSettings.RECEIVE_LIMIT) {
            return DtlsDrop.TOO_LARGE;
        }
        // Checked before the guard binds, so that garbage cannot claim the association for its source.
        if (DtlsRecordCheck.check(array, offset, length) != DtlsRecordCheck.Problem.NONE) {
            return DtlsDrop.MALFORMED;
        }
        if (!guard.admits(source)) {
            return DtlsDrop.OTHER_PEER;
        }
        if (!transport.offer(array, offset, length)) {
            return transport.isClosed() ? DtlsDrop.CLOSED : DtlsDrop.QUEUE_FULL;
        }
        return null;
    }

    /**
     * Ends the association from our side: an unfinished handshake stops at once (counted as
     * {@link DtlsFailure#CLOSED}, not reported to the listener); an established one sends close_notify. Idempotent.
     */
    public void close() {
        State previous = state.getAndSet(State.ENDED);
        if (previous != State.ESTABLISHED) {
            transport.close();
            return;
        }
        try {
            runner.run(this::sendCloseNotify);
        } catch (RejectedExecutionException shuttingDown) {
            transport.close();
        }
    }

    /** The source binding, for the endpoint to follow an ICE nomination ({@link DtlsPeerGuard#rebind}). */
    public DtlsPeerGuard peerGuard() {
        return guard;
    }

    public DtlsCounters counters() {
        return counters;
    }

    public DtlsRole role() {
        return role;
    }

    /** True between the listener's {@code established} and the end of the association. */
    public boolean isEstablished() {
        return state.get() == State.ESTABLISHED;
    }

    private void handshake() {
        if (state.get() != State.HANDSHAKING) {
            return;
        }
        DTLSTransport dtls;
        try {
            dtls = role == DtlsRole.SERVER
                    ? new DTLSServerProtocol().accept(new SrtpDtlsServer(handshake), transport)
                    : new DTLSClientProtocol().connect(new SrtpDtlsClient(handshake), transport);
        } catch (IOException | RuntimeException e) {
            failed(e);
            return;
        }
        established(dtls);
    }

    private void established(DTLSTransport dtls) {
        SrtpKeyMaterial keys = handshake.keys();
        established = dtls;
        readBuffer = new byte[DtlsSettings.RECEIVE_LIMIT];
        if (!state.compareAndSet(State.HANDSHAKING, State.ESTABLISHED)) {
            keys.wipe(); // closed meanwhile: nobody will use them
            sendCloseNotify();
            return;
        }
        counters.countEstablished();
        LOG.debug("DTLS-SRTP established as {} with {}", role, keys.profile());
        notifyListener(() -> listener.established(keys));
        scheduleDrain(); // datagrams that came while the listener ran
    }

    private void failed(Exception e) {
        DtlsFailure reason = classify(e);
        transport.close();
        counters.countFailure(reason);
        if (!state.compareAndSet(State.HANDSHAKING, State.ENDED)) {
            return; // closed by the owner, who expects no call
        }
        if (reason == DtlsFailure.FINGERPRINT_MISMATCH) {
            LOG.warn("DTLS peer certificate matches no fingerprint of its SDP; association refused");
        } else {
            LOG.info("DTLS handshake as {} failed: {} ({})", role, reason, e.toString());
        }
        notifyListener(() -> listener.failed(reason));
    }

    private DtlsFailure classify(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DtlsRefusal refusal) {
                return refusal.failure();
            }
        }
        if (state.get() == State.ENDED) {
            return DtlsFailure.CLOSED;
        }
        if (e instanceof TlsTimeoutException) {
            return DtlsFailure.TIMEOUT;
        }
        return e instanceof TlsFatalAlertReceived ? DtlsFailure.ALERT_RECEIVED : DtlsFailure.PROTOCOL_ERROR;
    }

    private void scheduleDrain() {
        if (state.get() == State.ESTABLISHED && transport.hasPending() && drainScheduled.compareAndSet(false, true)) {
            try {
                runner.run(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                drainScheduled.set(false); // the bundle is stopping; whoever stops it closes this association
            }
        }
    }

    /** Feeds queued datagrams through BC: retransmits our last flight if asked, notices alerts. */
    private void drain() {
        drainScheduled.set(false); // before reading, so a datagram offered from now on schedules another drain
        boolean broken = false;
        try {
            while (state.get() == State.ESTABLISHED && transport.hasPending()) {
                if (established.receive(readBuffer, 0, readBuffer.length, DRAIN_WAIT_MILLIS) >= 0) {
                    counters.countDrop(DtlsDrop.APPLICATION_DATA);
                }
            }
        } catch (IOException | RuntimeException e) {
            broken = true;
        }
        if ((broken || handshake.endedByPeer() || transport.isClosed())
                && state.compareAndSet(State.ESTABLISHED, State.ENDED)) {
            transport.close();
            counters.countClosedByPeer();
            LOG.debug("DTLS association ended by the peer");
            notifyListener(listener::closed);
        }
    }

    /** A listener's exception must not end this association's task chain; it is the listener's bug, logged. */
    private static void notifyListener(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("DTLS listener failed", e);
        }
    }

    private void sendCloseNotify() {
        try {
            established.close();
        } catch (IOException | RuntimeException ignored) {
            // The peer or the transport is gone already; there is nobody left to notify.
        }
        transport.close();
    }
}

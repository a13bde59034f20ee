package org.parley.media.internal.io;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.parley.media.internal.forwarding.Conference;
import org.parley.media.internal.forwarding.Leg;
import org.parley.media.internal.forwarding.LegMedia;
import org.parley.media.internal.ice.CheckOutcome;
import org.parley.media.internal.ice.DirectoryCredentials;
import org.parley.media.internal.ice.DirectoryEntry;
import org.parley.media.internal.ice.EndpointDirectory;
import org.parley.media.internal.ice.IceLiteResponder;
import org.parley.media.internal.ice.StunWriter;
import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.transport.Packet;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.PacketSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one I/O thread does with every packet (one sink per thread: the UDP port's, the ICE-TCP port's). By the first
 * byte (RFC 7983 §7):
 * <ul>
 *   <li>STUN: the ICE-lite responder answers (RFC 8445 §7.3, consent RFC 7675); an answered check binds the 5-tuple
 *       to its leg, marks it alive, confirms an ICE-TCP connection, and binds the leg's transport — at the first
 *       valid check, and again when the browser nominates another pair (USE-CANDIDATE) — over a path dedicated
 *       to the browser where the transport has one ({@link LegBinder}: a connected UDP socket).</li>
 *   <li>DTLS: to the association of the leg bound to the 5-tuple.</li>
 *   <li>SRTP/SRTCP: the bound leg's receive pipeline, then the conference's router for RTP, holding the
 *       conference's lock; an authenticated packet marks the leg alive.</li>
 * </ul>
 * Everything else, and anything from an unbound 5-tuple, is dropped and counted; an exception is counted and logged
 * (at most once a minute), never thrown into the port's loop.
 *
 * <p>Threading: one thread; not thread-safe. Allocation-free per packet (a new 5-tuple binding allocates).
 */
public final class MediaSink implements PacketSink {
    private static final Logger LOG = LoggerFactory.getLogger(MediaSink.class);
    private static final long FAILURE_LOG_INTERVAL_NANOS = 60_000_000_000L;

    private final EndpointDirectory<Leg> directory;
    private final DirectoryCredentials<Leg> credentials;
    private final IceLiteResponder responder;
    private final LegBinder binder;
    private final LongSupplier clockMillis;
    private final SinkCounters counters;
    private final byte[] response = new byte[StunWriter.MAX_RESPONSE_BYTES];
    private final PacketContext context = new PacketContext();
    private long lastFailureLogNanos;
    private boolean failureLogged;

    /**
     * @param clockMillis "now" for consent, cheap to read per packet (the service's coarse clock)
     * @param counters where drops are counted (shared by the sinks)
     */
    public MediaSink(LegRegistry legs, LongSupplier clockMillis, SinkCounters counters) {
        this.directory = legs.directory();
        this.credentials = directory.credentials(Leg::iceEndpoint);
        this.responder = new IceLiteResponder(credentials);
        this.binder = new LegBinder(directory);
        this.clockMillis = clockMillis;
        this.counters = counters;
    }

    @Override
    public void receive(Packet packet, PacketReply reply) {
        try {
            switch (packet.classify()) {
                case STUN -> stun(packet, reply);
                case DTLS -> dtls(packet, reply);
                case RTP, RTCP -> media(packet, reply);
                default -> counters.drop(SinkDrop.NOT_MEDIA);
            }
        } catch (RuntimeException e) {
            counters.drop(SinkDrop.FAILED);
            logFailure(e);
        }
    }

    @Override
    public void closed(PacketReply path) {
        directory.unbindPath(path);
    }

    private void stun(Packet packet, PacketReply reply) {
        long now = clockMillis.getAsLong();
        int length = responder.respond(packet, now, response, 0);
        CheckOutcome outcome = responder.lastOutcome();
        counters.check(outcome);
        if (outcome == CheckOutcome.ANSWERED) {
            DirectoryEntry<Leg> entry = credentials.lastFound();
            directory.bind(reply, packet.source(), entry);
            entry.alive(now);
            reply.confirm();
            binder.bind(entry, reply, packet.source());
        } else {
            counters.drop(SinkDrop.STUN_REFUSED);
        }
        if (length > 0) {
            reply.send(response, 0, length, packet.source());
        }
    }

    private void dtls(Packet packet, PacketReply reply) {
        DirectoryEntry<Leg> entry = directory.findBySource(reply, packet.source());
        if (entry == null) {
            counters.drop(SinkDrop.UNKNOWN_SOURCE);
            return;
        }
        entry.endpoint().media().dtls(packet, reply);
    }

    private void media(Packet packet, PacketReply reply) {
        DirectoryEntry<Leg> entry = directory.findBySource(reply, packet.source());
        if (entry == null) {
            counters.drop(SinkDrop.UNKNOWN_SOURCE);
            return;
        }
        Leg leg = entry.endpoint();
        Conference conference = leg.conference();
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (leg.isClosed()) {
                counters.drop(SinkDrop.LEG_CLOSED);
                return;
            }
            LegMedia media = leg.media();
            context.reset();
            context.packet.wrap(packet.array(), packet.offset(), packet.length(), packet.source());
            context.arrivalNanos = System.nanoTime();
            long accepted = media.accepted();
            boolean route = media.receive(context);
            if (media.accepted() != accepted) {
                entry.alive(clockMillis.getAsLong());
            }
            if (route) {
                conference.router().route(leg, context);
            }
        } finally {
            lock.unlock();
        }
    }

    private void logFailure(RuntimeException e) {
        long now = System.nanoTime();
        if (!failureLogged || now - lastFailureLogNanos > FAILURE_LOG_INTERVAL_NANOS) {
            failureLogged = true;
            lastFailureLogNanos = now;
            LOG.error("A media packet failed on the I/O thread (counted; later failures logged once a minute)", e);
        }
    }
}

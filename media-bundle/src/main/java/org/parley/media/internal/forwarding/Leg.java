package org.parley.media.internal.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.media.api.LegStats;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.ice.IceEndpoint;
import org.parley.media.internal.sdp.Description;
import org.parley.media.internal.sdp.IceCredentials;
import org.parley.media.internal.sdp.LocalSession;
import org.parley.media.internal.sdp.MediaDescription;
import org.parley.media.internal.sdp.Msid;
import org.parley.media.internal.sdp.RtpSetup;
import org.parley.media.internal.sdp.SdpParser;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.sdp.SectionPlan;
import org.parley.media.internal.sdp.SessionDescription;

/**
 * One participant's media in one conference: the {@link MediaLeg} the meetings bundle holds. Answers the browser's
 * offers ({@link LegNegotiation}), publishes what the browser sends ({@link Uplink}), receives the other legs'
 * tracks ({@link Downlink}) and re-offers when they change: coalesced into one offer at a time, made on the leg's
 * event queue after the change, and never while an offer awaits its answer (then after the answer).
 *
 * <p>Threading: the API methods are callable from any thread; they take the conference's lock (an offer is parsed
 * before) and never call the listener, whose calls go through {@link LegEvents}. Lifecycle: open from
 * {@link Conferences#open} until {@link #close} or {@link #fail}; afterwards offers are refused, other calls ignored,
 * {@link #stats} still answers.
 */
public final class Leg implements MediaLeg {
    private final Conference conference;
    private final String participantId;
    private final IceCredentials localIce;
    private final String cname;
    private final MediaEnvironment environment;
    private final LegEvents events;
    private final LegNegotiation negotiation;
    private final LegCounters counters = new LegCounters();
    private final Uplink uplink = new Uplink();
    private final LegMedia media;
    private final Downlink downlink;
    private final AtomicBoolean negotiationQueued = new AtomicBoolean();
    private volatile MediaConnection.State state = MediaConnection.State.CONNECTING;
    private volatile IceEndpoint ice;
    /** The browser's ICE ufrag from its last offer; guarded by the conference lock. */
    private String remoteUfrag;
    private volatile DtlsParameters dtls;
    private volatile boolean closed;

    /** Made by {@link Conference#join} under the conference lock; builds its media (pipelines) last. */
    Leg(Conference conference, String participantId, LegEvents events, MediaEnvironment environment, byte[] buffer) {
        this.conference = conference;
        this.participantId = participantId;
        this.events = events;
        this.environment = environment;
        this.localIce = RandomTokens.iceCredentials(environment.random());
        this.cname = RandomTokens.cname(environment.random());
        this.negotiation = new LegNegotiation(new LocalSession(RandomTokens.sessionId(environment.random()),
                environment.endpoint().transport(localIce)));
        this.media = environment.media().build(this);
        this.downlink = new Downlink(buffer, media, counters);
        counters.reception(media.reception());
    }

    @Override
    public String offer(String sdp, Map<String, Track> sending) throws MediaRefused {
        Objects.requireNonNull(sending, "sending");
        SessionDescription parsed = parse(sdp, true);
        Description answer;
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (closed) {
                throw new MediaRefused("this media leg is closed");
            }
            negotiation.refuseGlare();
            Map<Track, TrackSource> sources = SenderOffer.read(parsed, sending, negotiation.serverMids());
            boolean first = negotiation.role() == null;
            answer = negotiation.answer(parsed);
            learnTransport(parsed.bundleTag(), first);
            media.offered(parsed, sending, negotiation.sections(), dtls);
            List<PublishedTrack> resourced = new ArrayList<>();
            if (uplink.update(sources, conference, this, resourced)) {
                conference.tracksChanged(this);
            }
            resourced.forEach(conference::resourced);
            refreshReceiving();
            renegotiate();
        } finally {
            lock.unlock();
        }
        return answer.write();
    }

    /**
     * Parses the browser's SDP before the conference lock is taken, so that the media I/O thread never waits for it
     * (as {@link Description#write} runs after the lock is released).
     */
    private static SessionDescription parse(String sdp, boolean offer) throws MediaRefused {
        Objects.requireNonNull(sdp, "sdp");
        try {
            return offer ? SdpParser.parseOffer(sdp) : SdpParser.parse(sdp);
        } catch (SdpRefusal e) {
            throw new MediaRefused(e.getMessage());
        }
    }

    /** The browser's ICE ufrag and DTLS fingerprint; a new ufrag (an ICE restart) re-registers the ICE state. */
    private void learnTransport(MediaDescription tag, boolean first) {
        String ufrag = tag.ice().ufrag();
        if (!ufrag.equals(remoteUfrag)) {
            remoteUfrag = ufrag;
            ice = new IceEndpoint(localIce.ufrag(), localIce.pwd(), ufrag);
            environment.directory().register(this);
        }
        dtls = new DtlsParameters(negotiation.role(), tag.fingerprint());
        if (first) {
            events.connection(new MediaConnection(MediaConnection.State.CONNECTING, null, null));
        }
    }

    @Override
    public void answer(long revision, String sdp) throws MediaRefused {
        if (closed) {
            return;
        }
        SessionDescription parsed = parse(sdp, false);
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            negotiation.applyAnswer(revision, parsed);
            refreshReceiving();
            renegotiate();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void forward(Track track, boolean forwarded) {
        Objects.requireNonNull(track, "track");
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (!closed) {
                uplink.forward(track, forwarded);
                media.forward(track, forwarded);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public LegStats stats() {
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            return counters.snapshot(media.pipelines());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        end(new MediaConnection(MediaConnection.State.CLOSED, null, null));
    }

    /** Ends the leg because its media failed (consent expired, DTLS refused); the listener hears {@code cause}. */
    public void fail(String cause) {
        end(new MediaConnection(MediaConnection.State.FAILED, null, cause));
    }

    private void end(MediaConnection last) {
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            state = last.state();
            environment.directory().remove(this);
            boolean withdrew = uplink.withdrawAll(conference);
            conference.remove(this, downlink);
            if (withdrew) {
                conference.tracksChanged(this);
            }
            events.connection(last);
            events.close();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Binds the leg to the browser's transport once ICE has nominated a pair (or switches it, e.g. from TCP to UDP);
     * the listener hears CONNECTED with the transport's kind. Called by the I/O side.
     */
    public void bind(LegTransport transport) {
        Objects.requireNonNull(transport, "transport");
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (closed || transport == downlink.transport()) {
                return;
            }
            downlink.bind(transport);
            state = MediaConnection.State.CONNECTED;
            events.connection(new MediaConnection(MediaConnection.State.CONNECTED, transport.kind(), null));
        } finally {
            lock.unlock();
        }
    }

    /** Queues one attempt to offer the browser the conference's other tracks (coalesced: at most one queued). */
    void renegotiate() {
        if (negotiationQueued.compareAndSet(false, true)) {
            events.submit(this::negotiateNow);
        }
    }

    /** Runs on the event queue, holding the conference lock only while the offer is decided, not written. */
    private void negotiateNow() {
        negotiationQueued.set(false);
        LegNegotiation.ServerOffer offer;
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            offer = negotiation.offer(conference.tracksFor(this));
        } finally {
            lock.unlock();
        }
        if (offer != null) {
            events.offer(offer.revision(), offer.description().write());
        }
    }

    /** Whether a server offer awaits its answer or an attempt to offer is queued. */
    boolean negotiationBusy() {
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            return negotiationQueued.get() || negotiation.awaitingAnswer();
        } finally {
            lock.unlock();
        }
    }

    private void refreshReceiving() {
        List<PublishedTrack> accepted = new ArrayList<>();
        for (Msid msid : negotiation.receiving()) {
            PublishedTrack track = conference.trackByMsid(msid);
            if (track != null && track.sender() != this) {
                accepted.add(track);
            }
        }
        downlink.receive(accepted);
    }

    public String participantId() {
        return participantId;
    }

    public Conference conference() {
        return conference;
    }

    /** Our ICE ufrag, the key of {@link LegDirectory}. */
    public String localUfrag() {
        return localIce.ufrag();
    }

    /** The ICE-lite state the responder answers this leg's checks with; null before the browser's first offer. */
    public IceEndpoint iceEndpoint() {
        return ice;
    }

    /** The DTLS role and the browser's fingerprint; null before the browser's first offer. */
    public DtlsParameters dtls() {
        return dtls;
    }

    /** The packet side: pipelines, DTLS, keys. Use it under the conference's lock (see {@link LegMedia}). */
    public LegMedia media() {
        return media;
    }

    /** Where packets to the browser go now ({@link LegTransport#UNBOUND} before ICE binds). */
    public LegTransport transport() {
        return downlink.transport();
    }

    /**
     * The negotiated m-line the browser sends {@code mid} on (its payload types and extension ids), or null when
     * it is not accepted. Under the lock.
     */
    public RtpSetup sendingSetup(String mid) {
        for (SectionPlan s : negotiation.sections()) {
            if (s.mid().equals(mid) && s.track() == null && !s.isRejected()) {
                return s.rtp();
            }
        }
        return null;
    }

    /** The m-line on which this leg receives {@code track}, or null when it has none. Under the lock. */
    public RtpSetup receivingSetup(PublishedTrack track) {
        for (SectionPlan s : negotiation.sections()) {
            if (s.track() != null && !s.isRejected() && s.track().msid().equals(track.forwarded().msid())) {
                return s.rtp();
            }
        }
        return null;
    }

    public LegCounters counters() {
        return counters;
    }

    /** The RTCP CNAME of the tracks this leg sends, as receivers see them. */
    public String cname() {
        return cname;
    }

    /** The environment the leg was opened in. */
    public MediaEnvironment environment() {
        return environment;
    }

    MediaConnection.State state() {
        return state;
    }

    /** True once closed or failed; the I/O side checks it under the lock before running the pipelines. */
    public boolean isClosed() {
        return closed;
    }

    LegEvents events() {
        return events;
    }

    Uplink uplink() {
        return uplink;
    }

    Downlink downlink() {
        return downlink;
    }

    @Override
    public String toString() {
        return "Leg[" + conference.meetingId() + "/" + participantId + "]";
    }
}

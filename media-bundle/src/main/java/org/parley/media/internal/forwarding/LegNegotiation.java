package org.parley.media.internal.forwarding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.sdp.Description;
import org.parley.media.internal.sdp.LocalSession;
import org.parley.media.internal.sdp.MediaDescription;
import org.parley.media.internal.sdp.Msid;
import org.parley.media.internal.sdp.Negotiation;
import org.parley.media.internal.sdp.RemoteTrack;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.sdp.SectionPlan;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.sdp.Setup;

/**
 * A leg's offer/answer state over {@link Negotiation}: the revision numbers of the server's offers (1, 2, …),
 * the one awaited, the tracks last offered (to offer again only when they change), and the msids of the tracks
 * the browser has accepted to receive.
 *
 * <p>Revision and glare rules ({@link org.parley.media.api.MediaLeg}): the server offers only after the browser's
 * first offer and never while one of its offers awaits an answer; a browser offer in that time is refused with a
 * message starting {@code glare}; an answer must name the awaited revision. Not thread-safe: guarded by the
 * conference lock.
 */
final class LegNegotiation {
    private final Negotiation negotiation;
    private long revision;
    private long awaited;
    private List<RemoteTrack> offered = List.of();
    private Set<Msid> receiving = Set.of();

    LegNegotiation(LocalSession local) {
        this.negotiation = new Negotiation(local);
    }

    /** A server offer that the leg should send now, to be written once the conference lock is released. */
    record ServerOffer(long revision, Description description) {
    }

    /**
     * The server's answer to the browser's {@code offer} (parsed), to be written once the conference lock is
     * released; refused on glare or when the SDP does not do.
     */
    Description answer(SessionDescription offer) throws MediaRefused {
        refuseGlare();
        try {
            Description answer = negotiation.answer(offer);
            receiving = sendingSections(null);
            return answer;
        } catch (SdpRefusal e) {
            throw new MediaRefused(e.getMessage());
        }
    }

    /** Refuses a browser offer while a server offer is outstanding (the browser is the polite side). */
    void refuseGlare() throws MediaRefused {
        if (awaited != 0) {
            throw new MediaRefused("glare: the server's offer (revision " + awaited + ") awaits an answer;"
                    + " roll back, answer it, then offer again");
        }
    }

    /** Settles the server's offer {@code answeredRevision} with the browser's answer (parsed). */
    void applyAnswer(long answeredRevision, SessionDescription answer) throws MediaRefused {
        if (awaited == 0 || answeredRevision != awaited) {
            throw new MediaRefused(awaited == 0 ? "no server offer awaits an answer (revision " + answeredRevision
                    + " was answered)" : "revision " + answeredRevision + " answered, revision " + awaited
                    + " awaits its answer");
        }
        try {
            SessionDescription settled = negotiation.applyAnswer(answer);
            awaited = 0;
            receiving = sendingSections(settled);
        } catch (SdpRefusal e) {
            throw new MediaRefused(e.getMessage());
        }
    }

    /**
     * The server offer that sends the browser exactly {@code tracks}, or null when none may or need be made: before
     * the browser's first offer, while an offer awaits its answer, or when {@code tracks} were offered already.
     */
    ServerOffer offer(List<RemoteTrack> tracks) {
        if (negotiation.role() == null || awaited != 0 || tracks.equals(offered)) {
            return null;
        }
        Description description = negotiation.offer(tracks);
        offered = List.copyOf(tracks);
        awaited = ++revision;
        return new ServerOffer(awaited, description);
    }

    /** The msids of the tracks the browser has accepted to receive. */
    Set<Msid> receiving() {
        return receiving;
    }

    /** Mids of the m-lines the SFU sends on. */
    Set<String> serverMids() {
        Set<String> mids = new HashSet<>();
        for (SectionPlan s : negotiation.sections()) {
            if (s.track() != null) {
                mids.add(s.mid());
            }
        }
        return mids;
    }

    /** The m-lines as last negotiated (answer or re-offer), in order. */
    List<SectionPlan> sections() {
        return negotiation.sections();
    }

    /** The server's DTLS role, or null before the first answer. */
    Setup role() {
        return negotiation.role();
    }

    boolean awaitingAnswer() {
        return awaited != 0;
    }

    /**
     * Tracks on accepted m-lines on which the server sends, and (after a server offer) which the browser's answer
     * {@code settled} accepts to receive.
     */
    private Set<Msid> sendingSections(SessionDescription settled) {
        Set<Msid> msids = new HashSet<>();
        for (SectionPlan s : negotiation.sections()) {
            if (s.track() == null || s.isRejected() || !s.direction().sends()) {
                continue;
            }
            MediaDescription answered = settled == null ? null : settled.media(s.mid());
            if (settled == null || answered != null && !answered.rejected() && answered.direction().receives()) {
                msids.add(s.track().msid());
            }
        }
        return Set.copyOf(msids);
    }
}

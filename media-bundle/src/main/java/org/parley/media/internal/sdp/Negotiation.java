package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One participant's offer/answer state on the server (JSEP RFC 8829 §3.2, from the server's side): answers the
 * browser's offers, writes server re-offers that add and remove the tracks the SFU forwards to this participant,
 * and checks the browser's answers to them. m-line order and mids never change: a removed track's m-line is
 * offered with port 0 and may only be recycled, with a new mid and for the same kind, once the browser has
 * answered that offer (JSEP §5.2.2).
 *
 * <p>Glare rule: the server never sends a re-offer while one is outstanding ({@link #offer} refuses; the
 * caller coalesces changes into the next one), and a browser offer that arrives while a server offer is
 * outstanding is refused ({@link #answer} throws a line-0 {@link SdpRefusal} starting "glare"). The browser is
 * the polite side: it rolls back its own offer (JSEP §5.7), answers the server's and then offers again. See
 * the module README.
 *
 * <p>Not thread-safe: confined to the participant's signaling thread. Lives as long as the peer connection.
 */
public final class Negotiation {
    private static final String SERVER_MID_PREFIX = "s";

    private final LocalSession local;
    private final SendTemplates templates = new SendTemplates();
    private List<MediaSlot> slots = List.of();
    /** The slots before the outstanding server offer; null when none is outstanding. */
    private List<MediaSlot> beforeOffer;
    private Setup role;
    private long version;
    private int nextServerMid = 1;

    /** A negotiation advertising {@code local}; the browser makes the first offer. */
    public Negotiation(LocalSession local) {
        this.local = local;
    }

    /** Whether a server offer awaits the browser's answer. */
    public boolean awaitingAnswer() {
        return beforeOffer != null;
    }

    /**
     * The server's DTLS role as its first answer fixed it (RFC 8842 §5.3: {@link Setup#PASSIVE} = DTLS server,
     * {@link Setup#ACTIVE} = DTLS client), or null before the browser's first offer was answered.
     */
    public Setup role() {
        return role;
    }

    /** The m-lines as the server last described them, in order. */
    public List<SectionPlan> sections() {
        return slots.stream().map(MediaSlot::plan).toList();
    }

    /** The answer to a browser's offer as SDP text; refused (glare) while a server offer is outstanding. */
    public String answer(String offerSdp) throws SdpRefusal {
        refuseGlare();
        return answer(SdpParser.parseOffer(offerSdp)).write();
    }

    /**
     * The answer to a browser's {@code offer} (parsed by {@link SdpParser#parseOffer}), decided but not yet
     * written; refused (glare) while a server offer is outstanding.
     */
    public Description answer(SessionDescription offer) throws SdpRefusal {
        refuseGlare();
        Setup answeringRole = roleFor(offer.bundleTag());
        List<SectionPlan> plans = AnswerWriter.plans(offer, SlotReconciler.sending(slots, offer));
        List<MediaSlot> next = new ArrayList<>();
        for (SectionPlan p : plans) {
            next.add(new MediaSlot(p, p.track() != null, p.isRejected() ? MediaSlot.State.FREE
                    : MediaSlot.State.ACTIVE));
        }
        templates.learn(plans);
        slots = next;
        role = answeringRole;
        return new Description(plans, local, ++version, role);
    }

    private void refuseGlare() throws SdpRefusal {
        if (awaitingAnswer()) {
            throw new SdpRefusal(0, "glare: the server's offer (version " + version + ") awaits an answer;"
                    + " roll back, answer it, then offer again");
        }
    }

    private Setup roleFor(MediaDescription tag) throws SdpRefusal {
        if (role == null) {
            return DtlsRoles.answering(tag.setup());
        }
        if (tag.setup() != Setup.ACTPASS && tag.setup() != DtlsRoles.peerOf(role)) {
            throw new SdpRefusal(tag.line(), "a=setup:" + tag.setup().attribute() + " would change the DTLS role"
                    + " of this session (the server is " + role.attribute() + ")");
        }
        return role;
    }

    /**
     * A server offer that sends exactly {@code tracks} to this participant (identified by msid): new tracks
     * take a free m-line of their kind or a new one at the end, removed ones get port 0. Tracks beyond
     * {@link SdpLimits#MAX_MEDIA_SECTIONS} m-lines are left out until m-lines free up.
     *
     * @return the offer, decided but not yet written
     * @throws IllegalStateException before the first answer or while an offer is outstanding
     */
    public Description offer(List<RemoteTrack> tracks) {
        if (role == null || awaitingAnswer()) {
            throw new IllegalStateException(role == null ? "the browser offers first"
                    : "a server offer awaits its answer; offer again after it");
        }
        Set<Msid> wanted = new HashSet<>();
        tracks.forEach(t -> {
            if (!wanted.add(t.msid())) {
                throw new IllegalArgumentException("two tracks with msid " + t.msid().attributeValue());
            }
        });
        List<MediaSlot> next = new ArrayList<>(slots);
        for (int i = 0; i < next.size(); i++) {
            MediaSlot s = next.get(i);
            if (s.serverOwned() && s.state() == MediaSlot.State.ACTIVE && !wanted.contains(s.plan().track().msid())) {
                next.set(i, s.removing());
            }
        }
        for (RemoteTrack t : tracks) {
            place(next, t);
        }
        beforeOffer = slots;
        slots = next;
        return new Description(sections(), local, ++version, Setup.ACTPASS);
    }

    private void place(List<MediaSlot> next, RemoteTrack track) {
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).sends(track.msid())) {
                next.set(i, new MediaSlot(templates.sending(next.get(i).plan().mid(), track), true,
                        MediaSlot.State.ACTIVE));
                return;
            }
        }
        int free = SlotReconciler.freeSlot(next, track.kind());
        if (free < 0 && next.size() >= SdpLimits.MAX_MEDIA_SECTIONS) {
            return;
        }
        MediaSlot slot = new MediaSlot(templates.sending(newMid(next), track), true, MediaSlot.State.ACTIVE);
        if (free < 0) {
            next.add(slot);
        } else {
            next.set(free, slot);
        }
    }

    private String newMid(List<MediaSlot> next) {
        while (true) {
            String mid = SERVER_MID_PREFIX + nextServerMid++;
            if (next.stream().noneMatch(s -> s.plan().mid().equals(mid))) {
                return mid;
            }
        }
    }

    /**
     * Checks the browser's answer to the outstanding server offer and settles it: m-lines offered with port 0
     * become free for recycling, m-lines the browser rejected lose their track.
     */
    public SessionDescription applyAnswer(String answerSdp) throws SdpRefusal {
        refuseUnasked();
        return applyAnswer(SdpParser.parse(answerSdp));
    }

    /** {@link #applyAnswer(String)} for an answer parsed by {@link SdpParser#parse}. */
    public SessionDescription applyAnswer(SessionDescription parsedAnswer) throws SdpRefusal {
        refuseUnasked();
        SessionDescription answer = AnswerRules.check(parsedAnswer, sections(), DtlsRoles.peerOf(role));
        List<MediaSlot> next = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            MediaSlot s = slots.get(i);
            boolean rejected = answer.media().get(i).rejected() || s.state() != MediaSlot.State.ACTIVE;
            next.add(rejected ? new MediaSlot(s.removing().plan(), s.serverOwned(), MediaSlot.State.FREE) : s);
        }
        slots = next;
        beforeOffer = null;
        return answer;
    }

    private void refuseUnasked() throws SdpRefusal {
        if (!awaitingAnswer()) {
            throw new SdpRefusal(0, "no server offer awaits an answer");
        }
    }

    /** Forgets the outstanding server offer (JSEP §5.7 rollback), e.g. when the browser failed to apply it. */
    public void rollback() {
        if (beforeOffer != null) {
            slots = beforeOffer;
            beforeOffer = null;
        }
    }
}

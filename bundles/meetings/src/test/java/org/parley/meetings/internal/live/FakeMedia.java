package org.parley.meetings.internal.live;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parley.media.api.LegStats;
import org.parley.media.api.MediaLeg;
import org.parley.media.api.MediaListener;
import org.parley.media.api.MediaRefused;
import org.parley.media.api.MediaService;

/**
 * A media service for tests: opens {@link Leg}s that record what they are told, answer an offer with
 * {@code answer:<offer>} and refuse what the test says. The listener given at open is kept, so a test can speak as
 * the media side (from any thread).
 */
final class FakeMedia implements MediaService {

    final List<Leg> legs = new CopyOnWriteArrayList<>();
    volatile String refuseOpen;
    volatile String refuseOffersOfNewLegs;

    @Override
    public MediaLeg open(String meetingId, String participantId, MediaListener listener) throws MediaRefused {
        if (refuseOpen != null) {
            throw new MediaRefused(refuseOpen);
        }
        Leg leg = new Leg(meetingId, participantId, listener);
        leg.refuse = refuseOffersOfNewLegs;
        legs.add(leg);
        return leg;
    }

    /** The legs opened for a participant, oldest first. */
    List<Leg> of(String participantId) {
        return legs.stream().filter(leg -> leg.participantId.equals(participantId)).toList();
    }

    /** The participant's newest leg. */
    Leg last(String participantId) {
        List<Leg> opened = of(participantId);
        if (opened.isEmpty()) {
            throw new AssertionError("no leg opened for " + participantId + " in " + legs);
        }
        return opened.get(opened.size() - 1);
    }

    /** One leg: its forward flags, the offers and answers it got, whether it is closed. */
    static final class Leg implements MediaLeg {
        final String meetingId;
        final String participantId;
        final MediaListener listener;
        final Map<Track, Boolean> forwarded = new EnumMap<>(Track.class);
        final List<Map<String, Track>> offers = new CopyOnWriteArrayList<>();
        final List<String> answers = new CopyOnWriteArrayList<>();
        volatile String refuse;
        volatile Runnable duringOffer = () -> { };
        volatile boolean closed;
        volatile LegStats stats = new LegStats(0, 0, 0, 0, 0, 0, 0, -1);

        Leg(String meetingId, String participantId, MediaListener listener) {
            this.meetingId = meetingId;
            this.participantId = participantId;
            this.listener = listener;
        }

        @Override
        public String offer(String sdp, Map<String, Track> sending) throws MediaRefused {
            if (refuse != null) {
                throw new MediaRefused(refuse);
            }
            offers.add(Map.copyOf(sending));
            duringOffer.run();
            return "answer:" + sdp;
        }

        @Override
        public void answer(long revision, String sdp) throws MediaRefused {
            if (refuse != null) {
                throw new MediaRefused(refuse);
            }
            answers.add(revision + ":" + sdp);
        }

        @Override
        public synchronized void forward(Track track, boolean on) {
            forwarded.put(track, on);
        }

        synchronized Boolean forwards(Track track) {
            return forwarded.get(track);
        }

        @Override
        public LegStats stats() {
            return stats;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String toString() {
            return "Leg[" + participantId + (closed ? ", closed]" : "]");
        }
    }
}

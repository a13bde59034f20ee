package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DominantSpeakerTest {
    private static final long MS = 1_000_000L;
    private static final int SILENT = 127;
    /** -30 dBov: speech close to the microphone. */
    private static final int SPEECH = 30;
    /** Time without packets (a muted browser sends none). */
    private static final int NO_PACKET = -1;

    private final DominantSpeaker speakers = new DominantSpeaker();
    private final List<long[]> changes = new ArrayList<>();
    private int alice;
    private int bob;

    @BeforeEach
    void join() {
        alice = speakers.join("alice");
        bob = speakers.join("bob");
    }

    @Test
    void silenceAndBackgroundNoiseNeverWin() {
        talk(0, 5_000, slot -> slot == alice ? SILENT : 75);
        assertEquals(List.of(), changes);
        assertEquals(DominantSpeaker.NONE, speakers.dominant());
    }

    @Test
    void theFirstSpeakerWinsOnceLoudForThreeHundredMilliseconds() {
        talk(0, 3_000, slot -> slot == alice ? SPEECH : SILENT);
        assertEquals(1, changes.size());
        assertEquals(alice, changes.get(0)[1]);
        long at = changes.get(0)[0] / MS;
        assertTrue(at >= 1_000 && at <= 1_400, "switched at " + at + " ms");
        assertEquals("alice", speakers.participantId(speakers.dominant()));
    }

    @Test
    void aNewSpeakerTakesOverWhenTheOldOneFallsSilent() {
        talk(0, 3_000, slot -> slot == alice ? SPEECH : SILENT);
        talk(3_000, 8_000, slot -> slot == alice ? NO_PACKET : SPEECH);
        assertEquals(2, changes.size());
        assertEquals(bob, changes.get(1)[1]);
        long at = changes.get(1)[0] / MS;
        assertTrue(at > 3_300 && at < 4_500, "switched at " + at + " ms");
        talk(8_000, 12_000, slot -> SILENT);
        assertEquals(2, changes.size(), "when everyone is quiet the last speaker stays");
        assertEquals(bob, speakers.dominant());
    }

    @Test
    void aCoughOrASlightlyLouderVoiceDoesNotTakeOver() {
        talk(0, 3_000, slot -> slot == alice ? 40 : SILENT);
        talk(3_000, 3_200, slot -> slot == alice ? 40 : 0);
        talk(3_200, 6_000, slot -> slot == alice ? 40 : SILENT);
        talk(6_000, 12_000, slot -> slot == alice ? 40 : 36);
        assertEquals(1, changes.size(), "bob's burst and his 4 dB louder voice stay below the margin");
        assertEquals(alice, speakers.dominant());
    }

    @Test
    void aDominantSpeakerWhoLeavesIsForgottenWithoutAnEvent() {
        talk(0, 2_000, slot -> slot == alice ? SPEECH : SILENT);
        speakers.leave(alice);
        assertEquals(DominantSpeaker.NONE, speakers.dominant());
        assertNull(speakers.participantId(alice));
        int carol = speakers.join("carol");
        assertEquals(alice, carol, "the slot is reused");
        talk(2_000, 4_000, slot -> slot == bob ? SPEECH : SILENT);
        assertEquals(List.of(alice, bob), changes.stream().map(change -> (int) change[1]).toList());
    }

    @Test
    void manyParticipantsFitAndTheTimerFadesASpeakerWhoStoppedSending() {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            slots.add(speakers.join("p" + i));
        }
        int speaker = slots.get(15);
        talk(0, 2_000, slot -> slot == speaker ? SPEECH : SILENT);
        assertEquals(speaker, speakers.dominant());
        double before = speakers.loudness(speaker);
        assertEquals(DominantSpeaker.NO_CHANGE, speakers.evaluate(2_500 * MS));
        assertTrue(speakers.loudness(speaker) < before * 0.6, "half a second without packets counts as silence");
    }

    /** Every 20 ms from {@code fromMs} to {@code toMs}, each joined participant sends the level given for it. */
    private void talk(long fromMs, long toMs, IntUnaryOperator levels) {
        for (long ms = fromMs; ms < toMs; ms += 20) {
            for (int slot = 0; speakers.participantId(slot) != null || slot < 2; slot++) {
                int level = levels.applyAsInt(slot);
                if (level != NO_PACKET && speakers.participantId(slot) != null) {
                    int changed = speakers.record(slot, level, ms * MS);
                    if (changed != DominantSpeaker.NO_CHANGE) {
                        changes.add(new long[] {ms * MS, changed});
                    }
                }
            }
        }
    }
}

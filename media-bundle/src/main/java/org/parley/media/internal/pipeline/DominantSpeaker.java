package org.parley.media.internal.pipeline;

import java.util.Arrays;

/**
 * Picks one conference's dominant speaker from the RFC 6464 audio levels its participants send. Loudness is
 * {@code 127 - level} (0 silence, 127 full scale; the level is in -dBov). Each participant's loudness is smoothed
 * over about {@link #SMOOTHING_NANOS} (an exponential average in which time without packets, beyond one Opus frame,
 * counts as silence). Every {@link #EVALUATION_INTERVAL_NANOS} the loudest participant whose smoothed loudness
 * reaches {@link #MIN_SPEECH_LOUDNESS} challenges the dominant one; it takes over when it has been louder by
 * {@link #SWITCH_MARGIN} for {@link #SWITCH_HOLD_NANOS}. Silence never wins: when everyone is quiet the last
 * speaker stays dominant. The first speaker too must hold for {@link #SWITCH_HOLD_NANOS} (a cough does not win).
 *
 * <p>Participants are slots from {@link #join}. {@link #record} and {@link #evaluate} return the new dominant slot
 * only on the call that changed it, else {@link #NO_CHANGE}, so the caller allocates (an event) only then.
 * Not thread-safe: the conference's thread under its lock; arrays grow only in {@link #join}.
 */
public final class DominantSpeaker {
    public static final int NO_CHANGE = -1;
    public static final int NONE = -1;
    static final long SMOOTHING_NANOS = 1_000_000_000L;
    static final long SWITCH_HOLD_NANOS = 300_000_000L;
    static final long EVALUATION_INTERVAL_NANOS = 50_000_000L;
    /** The longest an audio packet lasts (Opus allows 60 ms frames); beyond it a missing packet is silence. */
    static final long PACKET_HOLD_NANOS = 60_000_000L;
    /** Smoothed loudness of speech: a level of -70 dBov or louder on average. */
    static final double MIN_SPEECH_LOUDNESS = 127 - 70;
    static final double SWITCH_MARGIN = 6;
    private static final int MAX_LEVEL = 127;
    private static final int INITIAL_SLOTS = 8;

    private String[] participants = new String[INITIAL_SLOTS];
    private double[] loudness = new double[INITIAL_SLOTS];
    private int[] lastSample = new int[INITIAL_SLOTS];
    private long[] lastUpdateNanos = new long[INITIAL_SLOTS];
    private long[] lastPacketNanos = new long[INITIAL_SLOTS];
    private boolean[] heard = new boolean[INITIAL_SLOTS];
    private int dominant = NONE;
    private int challenger = NONE;
    private long challengerSinceNanos;
    private long lastEvaluationNanos;
    private boolean evaluated;

    /** Adds a participant; returns its slot (a freed slot is reused). */
    public int join(String participantId) {
        int slot = 0;
        while (slot < participants.length && participants[slot] != null) {
            slot++;
        }
        if (slot == participants.length) {
            grow();
        }
        participants[slot] = participantId;
        loudness[slot] = 0;
        lastSample[slot] = 0;
        heard[slot] = false;
        return slot;
    }

    private void grow() {
        int size = participants.length * 2;
        participants = Arrays.copyOf(participants, size);
        loudness = Arrays.copyOf(loudness, size);
        lastSample = Arrays.copyOf(lastSample, size);
        lastUpdateNanos = Arrays.copyOf(lastUpdateNanos, size);
        lastPacketNanos = Arrays.copyOf(lastPacketNanos, size);
        heard = Arrays.copyOf(heard, size);
    }

    /** Removes a participant; when it was dominant nobody is until someone speaks (no change is reported). */
    public void leave(int slot) {
        participants[slot] = null;
        dominant = dominant == slot ? NONE : dominant;
        challenger = challenger == slot ? NONE : challenger;
    }

    /** The participant id of {@code slot}, or null for a free slot. */
    public String participantId(int slot) {
        return slot < 0 || slot >= participants.length ? null : participants[slot];
    }

    /** The dominant slot, or {@link #NONE}. */
    public int dominant() {
        return dominant;
    }

    /**
     * Records the audio level (0–127, -dBov) of a packet of {@code slot} that arrived at {@code nowNanos}, and
     * evaluates when the interval has passed.
     *
     * @return the new dominant slot when this call changed it, else {@link #NO_CHANGE}
     */
    public int record(int slot, int level, long nowNanos) {
        if (participants[slot] == null) {
            return NO_CHANGE;
        }
        integrate(slot, nowNanos);
        lastSample[slot] = MAX_LEVEL - Math.max(0, Math.min(MAX_LEVEL, level));
        lastPacketNanos[slot] = nowNanos;
        return evaluate(nowNanos);
    }

    /**
     * Re-evaluates at {@code nowNanos} when {@link #EVALUATION_INTERVAL_NANOS} has passed (the conference's timer
     * calls it too, so a speaker who stops sending packets fades).
     *
     * @return the new dominant slot when this call changed it, else {@link #NO_CHANGE}
     */
    public int evaluate(long nowNanos) {
        if (evaluated && nowNanos - lastEvaluationNanos < EVALUATION_INTERVAL_NANOS) {
            return NO_CHANGE;
        }
        evaluated = true;
        lastEvaluationNanos = nowNanos;
        int loudest = loudest(nowNanos);
        if (loudest == NONE || loudest == dominant) {
            challenger = NONE;
            return NO_CHANGE;
        }
        if (dominant != NONE && loudness[loudest] < loudness[dominant] + SWITCH_MARGIN) {
            challenger = NONE;
            return NO_CHANGE;
        }
        if (challenger != loudest) {
            challenger = loudest;
            challengerSinceNanos = nowNanos;
            return NO_CHANGE;
        }
        if (nowNanos - challengerSinceNanos < SWITCH_HOLD_NANOS) {
            return NO_CHANGE;
        }
        dominant = loudest;
        challenger = NONE;
        return dominant;
    }

    /** The participant with the highest smoothed loudness at or above speech, or {@link #NONE}. */
    private int loudest(long nowNanos) {
        int loudest = NONE;
        for (int slot = 0; slot < participants.length; slot++) {
            if (participants[slot] != null && heard[slot]) {
                integrate(slot, nowNanos);
                if (loudness[slot] >= MIN_SPEECH_LOUDNESS && (loudest == NONE || loudness[slot] > loudness[loudest])) {
                    loudest = slot;
                }
            }
        }
        return loudest;
    }

    /**
     * Advances {@code slot}'s average to {@code nowNanos}: its last sample up to one packet's duration after that
     * packet, silence after that (each step weighs its duration over {@link #SMOOTHING_NANOS}, at most fully).
     */
    private void integrate(int slot, long nowNanos) {
        if (!heard[slot]) {
            heard[slot] = true;
            lastUpdateNanos[slot] = nowNanos;
            return;
        }
        long from = lastUpdateNanos[slot];
        long elapsed = Math.max(0, nowNanos - from);
        long held = Math.max(0, Math.min(elapsed, lastPacketNanos[slot] + PACKET_HOLD_NANOS - from));
        loudness[slot] += (lastSample[slot] - loudness[slot]) * weight(held);
        loudness[slot] -= loudness[slot] * weight(elapsed - held);
        lastUpdateNanos[slot] = nowNanos;
    }

    private static double weight(long nanos) {
        return Math.min(1.0, (double) nanos / SMOOTHING_NANOS);
    }

    /** The smoothed loudness of {@code slot} as of its last update (for tests and the console). */
    double loudness(int slot) {
        return loudness[slot];
    }
}

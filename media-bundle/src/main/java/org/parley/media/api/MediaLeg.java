package org.parley.media.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One participant's media in one meeting: one browser peer connection (or, later, one SIP call).
 *
 * <p>Negotiation (Unified Plan, BUNDLE, rtcp-mux) goes both ways. The browser offers what it sends (microphone,
 * camera, screen) through {@link #offer} and gets the answer back; the server offers what the browser should
 * receive (the other participants' tracks) through {@link MediaListener#offer} whenever they change, and the
 * browser answers that revision through {@link #answer}. Glare rule: the server never offers while an offer
 * of either side is outstanding (it coalesces changes into its next offer), and a browser offer that arrives
 * while a server offer is outstanding is refused with a message starting {@code glare}: the browser is the
 * polite side, rolls back, answers the server's offer and offers again.
 *
 * <p>Threading: callable from any thread; methods return at once and never call the listener from the calling
 * thread. Lifecycle: open until {@link #close()}; after it, every method but {@link #stats()} is ignored.
 */
@ProviderType
public interface MediaLeg extends AutoCloseable {

    /**
     * The browser's offer of what it sends; returns the answer.
     *
     * @param sdp the browser's offer
     * @param sending what each of the browser's sending m-lines carries, by mid (so the screen is told apart
     *                from the camera); a sending m-line not named here is refused
     * @throws MediaRefused on glare (message starts {@code glare}), or when the SDP cannot be parsed or offers
     *                      nothing the SFU can use (no BUNDLE, rtcp-mux, fingerprint, ICE credentials, Opus or
     *                      VP8); the message names the problem and the leg keeps its previous state
     */
    String offer(String sdp, Map<String, Track> sending) throws MediaRefused;

    /**
     * The browser's answer to the server's offer of {@code revision}.
     *
     * @throws MediaRefused when the revision is not the one awaited, the SDP cannot be parsed or does not
     *                      answer the offer (missing fingerprint, ICE credentials, codecs, BUNDLE); the message
     *                      names the problem and the leg keeps its previous state
     */
    void answer(long revision, String sdp) throws MediaRefused;

    /**
     * Whether the participant's {@code track} is forwarded to the others. Packets of a track not forwarded are
     * dropped on arrival whatever the browser sends (a host's mute, stop-video or removal holds on the server).
     */
    void forward(Track track, boolean forwarded);

    /** Counters of this leg since it opened. */
    LegStats stats();

    /** Ends the leg: stops answering its ICE checks at once and tells the other legs' browsers by re-offering. */
    @Override
    void close();

    /** The tracks a participant sends. */
    enum Track {
        AUDIO, VIDEO, SCREEN
    }
}

package org.parley.media.internal.forwarding;

import org.parley.media.api.MediaRefused;

/** One test participant: its leg, the browser playing it, and the listener its leg talks to. */
final class Participant {
    final Leg leg;
    final FakeBrowser browser;
    final RecordingListener listener;
    private long answered;

    Participant(Leg leg, FakeBrowser browser, RecordingListener listener) {
        this.leg = leg;
        this.browser = browser;
        this.listener = listener;
    }

    /** The browser offers what it sends; returns the server's answer. */
    String offer() throws MediaRefused {
        return leg.offer(browser.offer(), browser.sending());
    }

    /** Answers the last server offer if it was not answered yet; returns whether it did. */
    boolean answerPending() throws MediaRefused {
        RecordingListener.Offer last = listener.lastOffer();
        if (last == null || last.revision() == answered) {
            return false;
        }
        answered = last.revision();
        answer(last);
        return true;
    }

    /** The browser answers the server's {@code offer}. */
    void answer(RecordingListener.Offer offer) throws MediaRefused {
        leg.answer(offer.revision(), browser.answer(offer.sdp()));
    }

    String id() {
        return leg.participantId();
    }
}

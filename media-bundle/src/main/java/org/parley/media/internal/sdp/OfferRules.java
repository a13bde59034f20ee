package org.parley.media.internal.sdp;

/**
 * What a browser's offer must satisfy beyond {@link BundleRules}: it is not ICE-lite (RFC 8445 §2.5: two lite
 * agents cannot connect, and the server is lite). Any {@code a=setup} value is fine: the answer takes the other
 * role ({@link DtlsRoles}).
 */
final class OfferRules {

    private OfferRules() {
    }

    /** {@code offer}, once it passes; refused naming the offending line otherwise. */
    static SessionDescription check(SessionDescription offer) throws SdpRefusal {
        BundleRules.check(offer);
        if (offer.iceLite()) {
            throw new SdpRefusal(offer.media().get(0).line(), "an ICE-lite offer cannot reach the ICE-lite SFU");
        }
        return offer;
    }
}

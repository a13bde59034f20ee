package org.parley.media.internal.sdp;

import java.util.List;

/**
 * What a browser's answer to a server re-offer must satisfy beyond {@link BundleRules} (RFC 3264 §6, JSEP
 * RFC 8829 §5.3.1): the same m-lines with the same mids in the same order, port 0 wherever the offer had port 0,
 * no direction the offer did not allow, and the DTLS role opposite the server's (a=setup active or passive,
 * never actpass, RFC 8842 §5.3).
 */
final class AnswerRules {

    private AnswerRules() {
    }

    /** {@code answer}, once it answers {@code offered}; refused naming the offending line otherwise. */
    static SessionDescription check(SessionDescription answer, List<SectionPlan> offered, Setup browserRole)
            throws SdpRefusal {
        BundleRules.check(answer);
        List<MediaDescription> media = answer.media();
        if (media.size() != offered.size()) {
            throw new SdpRefusal(media.get(media.size() - 1).line(), "the answer has " + media.size()
                    + " m-lines, the offer had " + offered.size());
        }
        for (int i = 0; i < media.size(); i++) {
            matches(media.get(i), offered.get(i));
        }
        MediaDescription tag = answer.bundleTag();
        if (tag.setup() != browserRole) {
            throw new SdpRefusal(tag.line(), "a=setup:" + tag.setup().attribute() + " in the answer; the DTLS role"
                    + " of this session is " + browserRole.attribute());
        }
        return answer;
    }

    private static void matches(MediaDescription m, SectionPlan offered) throws SdpRefusal {
        if (!m.mid().equals(offered.mid())) {
            throw new SdpRefusal(m.line(), "m-line " + m.index() + " has mid " + m.mid() + ", the offer had "
                    + offered.mid());
        }
        if (offered.isRejected() && !m.rejected()) {
            throw new SdpRefusal(m.line(), "mid " + m.mid() + " was offered with port 0 and must be answered so");
        }
        boolean sendsUnoffered = m.direction().sends() && !offered.direction().receives();
        boolean receivesUnoffered = m.direction().receives() && !offered.direction().sends();
        if (!m.rejected() && (sendsUnoffered || receivesUnoffered)) {
            throw new SdpRefusal(m.line(), "a=" + m.direction().attribute() + " answers an offered a="
                    + offered.direction().attribute() + " (RFC 3264 §6.1)");
        }
    }
}

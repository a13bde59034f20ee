package org.parley.media.internal.sdp;

import java.util.List;

/**
 * Writes the server's whole description, answer or re-offer:
 * <pre>
 *   v=0
 *   o=- &lt;session id&gt; &lt;version&gt; IN IP4 0.0.0.0          JSEP RFC 8829 §5.2.1; version +1 per description
 *   s=-
 *   t=0 0
 *   a=ice-lite                                       RFC 8445 §2.5, RFC 8839 §5.3
 *   a=group:BUNDLE &lt;mids of accepted m-lines&gt;        RFC 9143 §9.1, one transport
 *   a=msid-semantic: WMS *
 *   m=... per {@link MediaSectionWriter}
 * </pre>
 */
final class DescriptionWriter {

    private DescriptionWriter() {
    }

    static String write(List<SectionPlan> plans, LocalSession local, long version, Setup role) {
        SdpText sdp = new SdpText().line('v', "0")
                .line('o', "- " + local.sessionId() + " " + version + " IN IP4 0.0.0.0")
                .line('s', "-").line('t', "0 0")
                .attribute("ice-lite");
        StringBuilder bundle = new StringBuilder("group:BUNDLE");
        for (SectionPlan p : plans) {
            if (!p.isRejected()) {
                bundle.append(' ').append(p.mid());
            }
        }
        sdp.attribute(bundle.toString()).attribute("msid-semantic: WMS *");
        for (SectionPlan p : plans) {
            MediaSectionWriter.write(sdp, p, local.transport(), role);
        }
        return sdp.toString();
    }
}

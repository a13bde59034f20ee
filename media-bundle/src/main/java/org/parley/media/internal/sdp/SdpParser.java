package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a session description (RFC 8866 §5) into a {@link SessionDescription}: syntax, bounds and per-line
 * rules only. What an offer or an answer must additionally contain is checked by {@link OfferRules} and
 * {@link AnswerRules}; {@link #parseOffer} runs both steps.
 * <pre>
 *   v=0                                              §5.1, must be the first line
 *   o=&lt;user&gt; &lt;sess-id&gt; &lt;sess-version&gt; IN IP4 &lt;addr&gt;   §5.2
 *   s=-   t=0 0                                      §5.3, §5.9
 *   a=group:BUNDLE &lt;mid&gt; ...                         RFC 9143 §9.1 (at most one BUNDLE group)
 *   a=ice-lite   session-level transport attributes  RFC 8839 §5.3
 *   m=... and its attributes, up to 64 times         §5.14
 * </pre>
 * Other line types (i, u, e, p, c, b, r, z, k) are accepted and ignored. Stateless and thread-safe.
 */
public final class SdpParser {
    private static final int MAX_ORIGIN_DIGITS = 20;

    private final TransportAttributes session = new TransportAttributes();
    private final List<MediaSectionBuilder> sections = new ArrayList<>();
    private String sessionId;
    private String sessionVersion;
    private List<String> bundle = List.of();
    private int bundleLine;
    private boolean iceLite;
    private boolean named;
    private boolean timed;

    private SdpParser() {
    }

    /** A browser's offer: parsed, then checked by {@link OfferRules}. */
    public static SessionDescription parseOffer(String sdp) throws SdpRefusal {
        return OfferRules.check(parse(sdp));
    }

    /** Any session description, checked for syntax and bounds only. */
    public static SessionDescription parse(String sdp) throws SdpRefusal {
        List<SdpLine> lines = SdpLineReader.read(sdp);
        SdpParser parser = new SdpParser();
        for (SdpLine line : lines) {
            parser.line(line);
        }
        return parser.build(lines.get(lines.size() - 1));
    }

    private void line(SdpLine line) throws SdpRefusal {
        if (line.number() == 1 != (line.type() == 'v')) {
            throw line.refuse(line.number() == 1 ? "the first line must be v=0" : "v= may only be the first line");
        }
        MediaSectionBuilder current = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        switch (line.type()) {
            case 'v' -> version(line);
            case 'o' -> origin(line, current);
            case 's' -> named = sessionOnce(line, current, named);
            case 't' -> timed = true;
            case 'm' -> media(line);
            case 'a' -> {
                if (current == null) {
                    sessionAttribute(line);
                } else {
                    current.attribute(line);
                }
            }
            default -> { } // i, u, e, p, c, b, r, z, k: nothing the SFU uses
        }
    }

    private static void version(SdpLine line) throws SdpRefusal {
        if (!line.value().equals("0")) {
            throw line.refuse("protocol version must be 0");
        }
    }

    private static boolean sessionOnce(SdpLine line, MediaSectionBuilder current, boolean seen) throws SdpRefusal {
        if (seen || current != null) {
            throw line.refuse(line.type() + "= must appear once, before the first m-line");
        }
        return true;
    }

    private void origin(SdpLine line, MediaSectionBuilder current) throws SdpRefusal {
        sessionOnce(line, current, sessionId != null);
        List<String> f = SdpTokens.fields(line, line.value(), 6, 6, "o=");
        sessionId = digits(line, f.get(1), "session id");
        sessionVersion = digits(line, f.get(2), "session version");
    }

    private static String digits(SdpLine line, String text, String what) throws SdpRefusal {
        if (text.isEmpty() || text.length() > MAX_ORIGIN_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw line.refuse(what + " must be 1 to " + MAX_ORIGIN_DIGITS + " decimal digits");
        }
        return text;
    }

    private void media(SdpLine line) throws SdpRefusal {
        if (sessionId == null || !named || !timed) {
            throw line.refuse("m-line before the session's o=, s= and t= lines");
        }
        if (sections.size() >= SdpLimits.MAX_MEDIA_SECTIONS) {
            throw line.refuse("more than " + SdpLimits.MAX_MEDIA_SECTIONS + " m-lines");
        }
        sections.add(new MediaSectionBuilder(line, sections.size()));
    }

    private void sessionAttribute(SdpLine line) throws SdpRefusal {
        if (session.accept(line)) {
            return;
        }
        switch (line.attributeName()) {
            case "ice-lite" -> iceLite = true;
            case "group" -> group(line);
            default -> { } // msid-semantic, extmap-allow-mixed, ice-options: nothing the SFU needs
        }
    }

    private void group(SdpLine line) throws SdpRefusal {
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 1, SdpLimits.MAX_MEDIA_SECTIONS + 1, "group");
        if (!f.get(0).equals("BUNDLE")) {
            return; // other semantics (LS, FID of RFC 5888) do not concern the SFU
        }
        if (bundleLine != 0) {
            throw line.refuse("a second BUNDLE group (the SFU runs one transport, RFC 9143 §7)");
        }
        List<String> mids = new ArrayList<>();
        for (String mid : f.subList(1, f.size())) {
            if (mids.contains(SdpTokens.token(line, mid, SdpLimits.MAX_MID_CHARS, "BUNDLE mid"))) {
                throw line.refuse("mid " + mid + " listed twice in the BUNDLE group");
            }
            mids.add(mid);
        }
        bundle = mids;
        bundleLine = line.number();
    }

    private SessionDescription build(SdpLine last) throws SdpRefusal {
        if (sessionId == null || !named || !timed) {
            throw last.refuse("description ends without the session's o=, s= and t= lines");
        }
        List<MediaDescription> media = new ArrayList<>();
        for (MediaSectionBuilder section : sections) {
            media.add(section.build(session));
        }
        return new SessionDescription(sessionId, sessionVersion, bundle, bundleLine, iceLite, media);
    }
}

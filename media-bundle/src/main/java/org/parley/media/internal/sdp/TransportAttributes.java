package org.parley.media.internal.sdp;

import java.util.List;
import java.util.Locale;

/**
 * The transport attributes that may appear at session or media level, collected for one level:
 * <pre>
 *   a=ice-ufrag:&lt;4-256 ice-chars&gt;    a=ice-pwd:&lt;22-256 ice-chars&gt;        RFC 8839 §5.4
 *   a=fingerprint:sha-256 &lt;32 hex pairs joined by ':'&gt;                       RFC 8122 §5
 *   a=setup:actpass | active | passive                                          RFC 4145 §4, RFC 8842 §5
 * </pre>
 * Each may appear once per level; the media level overrides the session level.
 */
final class TransportAttributes {
    private String ufrag;
    private String pwd;
    private int credentialsLine;
    private Fingerprint fingerprint;
    private Setup setup;

    /** Takes {@code line} if it is one of the transport attributes; false when it is something else. */
    boolean accept(SdpLine line) throws SdpRefusal {
        switch (line.attributeName()) {
            case "ice-ufrag" -> ufrag = once(line, ufrag, iceChars(line, IceCredentials.MIN_UFRAG, "ice-ufrag"));
            case "ice-pwd" -> pwd = once(line, pwd, iceChars(line, IceCredentials.MIN_PWD, "ice-pwd"));
            case "fingerprint" -> fingerprint = once(line, fingerprint, fingerprint(line));
            case "setup" -> setup = once(line, setup, setup(line));
            default -> {
                return false;
            }
        }
        credentialsLine = credentialsLine == 0 && (ufrag != null || pwd != null) ? line.number() : credentialsLine;
        return true;
    }

    private static <T> T once(SdpLine line, T previous, T value) throws SdpRefusal {
        if (previous != null) {
            throw line.refuse("a=" + line.attributeName() + " given twice at the same level");
        }
        return value;
    }

    /** The value, without echoing it: the password is a secret. */
    private static String iceChars(SdpLine line, int min, String what) throws SdpRefusal {
        String value = line.attributeValue();
        if (!IceCredentials.valid(value, min)) {
            throw line.refuse(what + " must be " + min + " to " + IceCredentials.MAX_CHARS
                    + " ice-chars (RFC 8839 §5.4), has " + value.length() + " characters");
        }
        return value;
    }

    private static Fingerprint fingerprint(SdpLine line) throws SdpRefusal {
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 2, 2, "fingerprint");
        String hash = f.get(0).toLowerCase(Locale.ROOT);
        if (!hash.equals(Fingerprint.SHA_256)) {
            throw line.refuse("fingerprint hash '" + SdpTokens.shortened(hash) + "' refused: only sha-256 is accepted");
        }
        if (!Fingerprint.valid(f.get(1))) {
            throw line.refuse("sha-256 fingerprint must be 32 hex pairs joined by ':' (" + Fingerprint.TEXT_CHARS
                    + " characters), has " + f.get(1).length());
        }
        return new Fingerprint(f.get(1));
    }

    private static Setup setup(SdpLine line) throws SdpRefusal {
        Setup s = Setup.byValue(line.attributeValue());
        if (s == null) {
            throw line.refuse("setup must be actpass, active or passive, not '"
                    + SdpTokens.shortened(line.attributeValue()) + "'");
        }
        return s;
    }

    /** The credentials of this level, null when it has none; refused when only one of the pair is there. */
    IceCredentials credentials() throws SdpRefusal {
        if ((ufrag == null) != (pwd == null)) {
            throw new SdpRefusal(credentialsLine, ufrag == null ? "a=ice-pwd without a=ice-ufrag"
                    : "a=ice-ufrag without a=ice-pwd");
        }
        return ufrag == null ? null : new IceCredentials(ufrag, pwd);
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    Setup setup() {
        return setup;
    }
}

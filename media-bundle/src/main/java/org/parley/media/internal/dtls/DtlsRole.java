package org.parley.media.internal.dtls;

import java.util.Locale;

/**
 * Which end of the DTLS handshake the SFU plays, decided by the SDP's {@code a=setup} (RFC 8842 §5, RFC 4145 §4):
 * the "active" side sends the ClientHello. The SFU answers a browser's actpass or active offer with passive, so it
 * is usually the server; it is the client only when the browser is passive.
 */
public enum DtlsRole {
    /** We wait for the browser's ClientHello (the browser is active). */
    SERVER,
    /** We send the ClientHello (the browser is passive). */
    CLIENT;

    /**
     * The SFU's role opposite the browser's negotiated setup value.
     *
     * @param remoteSetup the browser's {@code a=setup} once negotiated: "active" or "passive"
     * @throws IllegalArgumentException for "actpass" (not yet negotiated) or anything else
     */
    public static DtlsRole opposite(String remoteSetup) {
        return switch (remoteSetup.toLowerCase(Locale.ROOT)) {
            case "active" -> SERVER;
            case "passive" -> CLIENT;
            default -> throw new IllegalArgumentException("the browser's a=setup must be negotiated to active or"
                    + " passive before the DTLS role is known (RFC 8842 §5), got " + remoteSetup.length()
                    + " characters that are neither");
        };
    }
}

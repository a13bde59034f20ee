package org.parley.media.internal.forwarding;

import java.security.SecureRandom;
import org.parley.media.internal.sdp.IceCredentials;

/**
 * The random values a leg needs, from a {@link SecureRandom}: ICE credentials (RFC 8839 §5.4 ice-chars; letters and
 * digits only, 16 for the ufrag ≈ 95 bits, so ufrags of the shared port never collide in practice and cannot be
 * guessed, and 32 for the password ≈ 190 bits, above RFC 8445 §5.3's 128), the SDP session id (a positive 62-bit
 * number, JSEP RFC 8829 §5.2.1) and RTCP CNAMEs (RFC 7022 §4.2: short-term, random).
 */
final class RandomTokens {
    static final int UFRAG_CHARS = 16;
    static final int PASSWORD_CHARS = 32;
    static final int CNAME_CHARS = 16;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SESSION_ID_SHIFT = 2;

    private RandomTokens() {
    }

    static IceCredentials iceCredentials(SecureRandom random) {
        return new IceCredentials(alphanumeric(random, UFRAG_CHARS), alphanumeric(random, PASSWORD_CHARS));
    }

    static long sessionId(SecureRandom random) {
        return random.nextLong() >>> SESSION_ID_SHIFT;
    }

    static String cname(SecureRandom random) {
        return alphanumeric(random, CNAME_CHARS);
    }

    /** A random SSRC, never 0 (some stacks treat 0 as "unset"). */
    static long ssrc(SecureRandom random) {
        long ssrc;
        do {
            ssrc = random.nextInt() & 0xFFFF_FFFFL;
        } while (ssrc == 0);
        return ssrc;
    }

    static String alphanumeric(SecureRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }
}

package org.parley.meetings.internal.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.internal.keys.KeyFile;

/**
 * Signs and checks join tokens: {@code header.payload.signature} in base64url without padding, the header exactly
 * {@code {"alg":"HS256","typ":"JWT"}} (compared as text, so {@code alg: none}, another algorithm or a re-encoded
 * header is refused before any key is used), HMAC-SHA256 under a 32-byte key file, payload
 * {@code {"mid","pid","jti","iat","exp"}} with times in epoch seconds and a life of ten minutes. A token only says
 * who it was issued to; whether that participant is still in its meeting is the rooms' business. Thread-safe.
 */
public final class JoinTokens {

    /** How long a token is good for. */
    public static final Duration LIFE = Duration.ofMinutes(10);

    static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));
    private static final String ID = "([A-Za-z0-9_-]{1,64})";
    private static final Pattern PAYLOAD = Pattern.compile("\\{\"mid\":\"" + ID + "\",\"pid\":\"" + ID
            + "\",\"jti\":\"" + ID + "\",\"iat\":([0-9]{1,12}),\"exp\":([0-9]{1,12})}");
    private static final int JTI_BYTES = 16;
    private static final String INVALID = "the join token is not valid any more; join again";
    private static final String EXPIRED = "the join token expired; join again";

    private final KeyFile key;
    private final SecureRandom random = new SecureRandom();

    public JoinTokens(KeyFile key) {
        this.key = key;
    }

    /** A token and when it stops being good. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** What a good token says. */
    public record Claims(String meetingId, String participantId, String tokenId, Instant issuedAt,
            Instant expiresAt) {
    }

    /** A fresh token for the participant of the meeting (both URL-safe ids), good for {@link #LIFE} from now. */
    public Issued sign(String meetingId, String participantId, Instant now) {
        long issued = now.getEpochSecond();
        long expires = issued + LIFE.toSeconds();
        byte[] jti = new byte[JTI_BYTES];
        random.nextBytes(jti);
        String payload = "{\"mid\":\"" + meetingId + "\",\"pid\":\"" + participantId + "\",\"jti\":\"" + encode(jti)
                + "\",\"iat\":" + issued + ",\"exp\":" + expires + "}";
        if (!PAYLOAD.matcher(payload).matches()) {
            throw new IllegalArgumentException("meeting and participant ids are URL-safe, 1 to 64 characters");
        }
        String signed = HEADER + "." + encode(payload.getBytes(StandardCharsets.US_ASCII));
        return new Issued(signed + "." + mac(signed), Instant.ofEpochSecond(expires));
    }

    /**
     * The claims of a token this appliance signed that has not expired at {@code now}.
     *
     * @throws JoinRefused {@code INVALID} for anything not signed by us in exactly our form, {@code EXPIRED} after
     *         its expiry
     */
    public Claims verify(String token, Instant now) throws JoinRefused {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            throw new JoinRefused(JoinRefused.Reason.INVALID, INVALID);
        }
        String expected = mac(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw new JoinRefused(JoinRefused.Reason.INVALID, INVALID);
        }
        Matcher payload = PAYLOAD.matcher(decode(parts[1]));
        if (!payload.matches()) {
            throw new JoinRefused(JoinRefused.Reason.INVALID, INVALID);
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(payload.group(5)));
        if (!now.isBefore(expires)) {
            throw new JoinRefused(JoinRefused.Reason.EXPIRED, EXPIRED);
        }
        return new Claims(payload.group(1), payload.group(2), payload.group(3),
                Instant.ofEpochSecond(Long.parseLong(payload.group(4))), expires);
    }

    private String mac(String signed) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return encode(hmac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available with " + key.file(), e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String decode(String text) {
        try {
            return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

package org.parley.meetings.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.internal.keys.KeyFile;

class JoinTokensTest {

    private static final String MEETING = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final String PARTICIPANT = "BBBBBBBBBBBBBBBBBBBBBB";
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private Path keyFile;
    private JoinTokens tokens;

    @BeforeEach
    void keys() {
        keyFile = dir.resolve("keys/meetings-join.key");
        tokens = new JoinTokens(new KeyFile(keyFile, "join-token key"));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    /** Signs header.payload with the real key, as an attacker who had it would (proves only the header is wrong). */
    private String signedWithOurKey(String header, String payload, String algorithm) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(Files.readAllBytes(keyFile), algorithm));
        String signed = b64(header) + "." + b64(payload);
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private JoinRefused.Reason refusal(String token, Instant at) {
        return assertThrows(JoinRefused.class, () -> tokens.verify(token, at)).reason();
    }

    @Test
    void aTokenNamesItsMeetingAndParticipantForTenMinutesUnderA0600Key() throws Exception {
        JoinTokens.Issued issued = tokens.sign(MEETING, PARTICIPANT, NOW);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(NOW.plusSeconds(600), issued.expiresAt());
        String[] parts = issued.token().split("\\.");
        assertEquals("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", text(parts[0]));
        JoinTokens.Claims claims = tokens.verify(issued.token(), NOW.plusSeconds(599));
        assertEquals(MEETING, claims.meetingId());
        assertEquals(PARTICIPANT, claims.participantId());
        assertEquals(NOW, claims.issuedAt());
        assertEquals(22, claims.tokenId().length());
        assertNotEquals(claims.tokenId(), tokens.verify(tokens.sign(MEETING, PARTICIPANT, NOW).token(), NOW)
                .tokenId(), "jti is random");
        assertEquals(claims, new JoinTokens(new KeyFile(keyFile, "join-token key")).verify(issued.token(), NOW),
                "the key survives a restart");
    }

    @Test
    void expiredOnAMovedClock() {
        String token = tokens.sign(MEETING, PARTICIPANT, NOW).token();
        assertEquals(JoinRefused.Reason.EXPIRED, refusal(token, NOW.plusSeconds(600)));
        assertEquals(JoinRefused.Reason.EXPIRED, refusal(token, NOW.plusSeconds(3600)));
    }

    @Test
    void anAlteredPayloadOrSignatureIsInvalid() {
        String[] parts = tokens.sign(MEETING, PARTICIPANT, NOW).token().split("\\.");
        String otherMeeting = b64(text(parts[1]).replace(MEETING, "CCCCCCCCCCCCCCCCCCCCCC"));
        assertEquals(JoinRefused.Reason.INVALID, refusal(parts[0] + "." + otherMeeting + "." + parts[2], NOW));
        String longer = b64(text(parts[1]).replace("\"exp\":", "\"exp\":9"));
        assertEquals(JoinRefused.Reason.INVALID, refusal(parts[0] + "." + longer + "." + parts[2], NOW));
        char last = parts[2].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertEquals(JoinRefused.Reason.INVALID, refusal(parts[0] + "." + parts[1] + "." + flipped, NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal(parts[0] + "." + parts[1] + ".", NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal(parts[0] + "." + parts[1], NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal(null, NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal("", NOW));
    }

    @Test
    void onlyTheExactHs256HeaderIsAccepted() throws Exception {
        String payload = text(tokens.sign(MEETING, PARTICIPANT, NOW).token().split("\\.")[1]);
        assertEquals(JoinRefused.Reason.INVALID, refusal(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + b64(payload) + ".", NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal(signedWithOurKey("{\"alg\":\"HS512\",\"typ\":\"JWT\"}",
                payload, "HmacSHA512"), NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal(signedWithOurKey("{\"alg\": \"HS256\", \"typ\": \"JWT\"}",
                payload, "HmacSHA256"), NOW));
        assertEquals(JoinRefused.Reason.INVALID, refusal(signedWithOurKey("{\"typ\":\"JWT\",\"alg\":\"HS256\"}",
                payload, "HmacSHA256"), NOW));
        // the same construction with the exact header passes: the refusals above are the header's alone
        assertEquals(PARTICIPANT, tokens.verify(signedWithOurKey("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload,
                "HmacSHA256"), NOW).participantId());
    }

    @Test
    void anotherKeyDoesNotVerify() {
        String token = tokens.sign(MEETING, PARTICIPANT, NOW).token();
        JoinTokens other = new JoinTokens(new KeyFile(dir.resolve("other.key"), "join-token key"));
        assertEquals(JoinRefused.Reason.INVALID,
                assertThrows(JoinRefused.class, () -> other.verify(token, NOW)).reason());
        assertFalse(token.contains(MEETING), "base64url, not the id in clear");
    }
}

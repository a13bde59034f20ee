package org.parley.audit.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditRecord;

class ChainHasherTest {

    private final ChainHasher hasher = new ChainHasher("chain-1");

    private static AuditRecord record(String actor, String target, Map<String, String> details) {
        return new AuditRecord(7, Instant.ofEpochMilli(1_700_000_000_123L), actor, "127.0.0.1", "bundle.update",
                target, Outcome.SUCCESS, details, ChainHasher.GENESIS, null);
    }

    @Test
    void hashIsSha256OverTheDocumentedCanonicalEncoding() throws Exception {
        AuditRecord record = record("alice", "org.parley.http", Map.of("sha256", "ab", "from", "1.0.0"));
        String canonical = "format=22:parley-audit-record-v1\nchain=7:chain-1\nsequence=1:7\n"
                + "time=13:1700000000123\nactor=5:alice\nclient=9:127.0.0.1\naction=13:bundle.update\n"
                + "target=15:org.parley.http\noutcome=7:SUCCESS\ndetails=1:2\n"
                + "key=4:from\nvalue=5:1.0.0\nkey=6:sha256\nvalue=2:ab\n"
                + "previous=64:" + ChainHasher.GENESIS + "\n";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, hasher.hash(record));
    }

    @Test
    void lengthPrefixesKeepFieldBoundariesApart() {
        assertNotEquals(hasher.hash(record("ab", "c", Map.of())), hasher.hash(record("a", "bc", Map.of())));
        assertNotEquals(hasher.hash(record("a", "t", Map.of("k", "v=1"))),
                hasher.hash(record("a", "t", Map.of("k=v", "1"))));
    }

    @Test
    void detailOrderDoesNotMatterButEveryValueDoes() {
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("a", "1");
        forward.put("b", "2");
        Map<String, String> backward = new LinkedHashMap<>();
        backward.put("b", "2");
        backward.put("a", "1");

        assertEquals(hasher.hash(record("x", "t", forward)), hasher.hash(record("x", "t", backward)));
        assertNotEquals(hasher.hash(record("x", "t", forward)), hasher.hash(record("x", "t", Map.of("a", "1"))));
    }

    @Test
    void theSequenceNumberAndTheChainIdAreHashed() {
        AuditRecord record = hasher.seal(record("x", "t", Map.of()));

        assertTrue(hasher.matches(record));
        assertNotEquals(record.hash(), hasher.hashAt(record, 8));
        assertFalse(new ChainHasher("chain-2").matches(record));
    }

    @Test
    void unicodeIsCountedInBytes() {
        AuditRecord record = hasher.seal(record("Zoë Ångström", "会議室", Map.of()));

        assertTrue(hasher.matches(record));
        assertNotEquals(record.hash(), hasher.hash(record("Zoe Angstrom", "会議室", Map.of())));
    }
}

package org.parley.system.internal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.rest.ProblemException;
import org.parley.store.api.TransferException;
import org.parley.store.api.TransferException.Reason;

class TargetBodyTest {

    @Test
    void onlyTheConnectionAttributesAreTaken() {
        ProblemException pool = assertThrows(ProblemException.class, () -> TargetBody.read(Map.of("poolSize", "3")));
        assertEquals(422, pool.status());
        assertEquals("poolSize", pool.field());
        ProblemException number = assertThrows(ProblemException.class, () -> TargetBody.read(Map.of("user", 7)));
        assertEquals("user", number.field());
        assertEquals(400, assertThrows(ProblemException.class, () -> TargetBody.read(null)).status());
    }

    @Test
    void theSwitchResetsWhatTheBodyLeavesOut() {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "jdbc:postgresql://db:5432/parley");
        body.put("passwordFile", "db-password");
        body.put("password", null);
        Map<String, Object> change = TargetBody.settingsChange(TargetBody.read(body));
        assertEquals(TargetBody.ATTRIBUTES.size(), change.size());
        assertEquals("db-password", change.get("passwordFile"));
        assertNull(change.get("password"));
        assertTrue(change.containsKey("sslRootCert"));
    }

    @Test
    void eachReasonHasItsStatus() {
        assertEquals(409, Problems.of(new TransferException(Reason.NOT_EMPTY, null, "x", null)).status());
        assertEquals(409, Problems.of(new TransferException(Reason.BUSY, null, "x", null)).status());
        assertEquals(422, Problems.of(new TransferException(Reason.UNREACHABLE, null, "x", null)).status());
        ProblemException invalid = Problems.of(new TransferException(Reason.INVALID, "sslMode", "x", null));
        assertEquals("sslMode", invalid.field());
    }
}

package org.parley.store.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTablesTest {

    @Test
    void aNonEmptyTargetIsNamedWithAtMostFiveOfItsTables() {
        String message = SchemaTables.notEmpty("schema public", List.of("a", "b", "c", "d", "e", "f", "g"), 7);
        assertTrue(message.startsWith("schema public is not empty: it holds 7 tables (a, b, c, d, e, and 2 more)"),
                message);
        assertFalse(message.contains("f"), message);
    }

    @Test
    void oneTableIsOneTable() {
        assertTrue(SchemaTables.notEmpty("x", List.of("t"), 1).contains("holds 1 table (t)."));
    }

    @Test
    void historiesAreNotCopiedAndOnlyPlainNamesAreWrittenIntoSql() {
        assertTrue(SqlNames.isHistory("AUDIT_SCHEMA_HISTORY"));
        assertFalse(SqlNames.isHistory("audit_record"));
        assertEquals("audit_record", SqlNames.check("AUDIT_RECORD"));
        assertThrows(IllegalArgumentException.class, () -> SqlNames.check("x\"; DROP TABLE y"));
    }

    @Test
    void insertsNameEveryColumnAndOverrideIdentityOnlyWhenAsked() {
        assertEquals("INSERT INTO t (a, b) VALUES (?, ?)", RowCopier.insertSql("t", List.of("a", "b"), false));
        assertEquals("INSERT INTO t (id) OVERRIDING SYSTEM VALUE VALUES (?)",
                RowCopier.insertSql("t", List.of("id"), true));
    }
}

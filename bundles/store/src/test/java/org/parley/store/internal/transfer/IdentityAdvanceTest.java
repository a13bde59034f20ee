package org.parley.store.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.store.api.Database.Vendor;

class IdentityAdvanceTest {

    @Test
    void postgresSetsTheSequenceSoTheNextValueFollowsTheLargestCopied() {
        assertEquals("SELECT setval(pg_get_serial_sequence('shop_order', 'id'), 43, false)",
                IdentityAdvance.sql(Vendor.POSTGRESQL, "shop_order", "id", 42L));
    }

    @Test
    void derbyRestartsTheIdentityColumn() {
        assertEquals("ALTER TABLE shop_order ALTER COLUMN id RESTART WITH 43",
                IdentityAdvance.sql(Vendor.DERBY, "shop_order", "id", 42L));
    }

    @Test
    void anEmptyTableStartsAtOne() {
        assertEquals("SELECT setval(pg_get_serial_sequence('t', 'id'), 1, false)",
                IdentityAdvance.sql(Vendor.POSTGRESQL, "t", "id", null));
    }
}

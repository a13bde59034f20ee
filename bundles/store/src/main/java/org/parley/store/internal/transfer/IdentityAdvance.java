package org.parley.store.internal.transfer;

import org.parley.store.api.Database.Vendor;

/**
 * The SQL that moves an identity (or serial) column's next value past the largest value copied into it, so that
 * the first row inserted after the move does not collide with a copied one. Table and column names must be plain
 * identifiers ({@link SqlNames#check}).
 */
final class IdentityAdvance {

    private IdentityAdvance() {
    }

    /**
     * @param max the largest value in the column, or {@code null} when the table is empty
     * @return one statement for the vendor
     */
    static String sql(Vendor vendor, String table, String column, Long max) {
        long next = max == null ? 1 : max + 1;
        if (vendor == Vendor.POSTGRESQL) {
            // is_called = false: the next nextval() returns exactly `next`.
            return "SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)";
        }
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next;
    }
}

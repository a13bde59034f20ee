package org.parley.audit.internal.it;

import org.parley.store.internal.StandaloneDatabase;

/** The audit chain contract on embedded Derby in a temporary folder. */
class DerbyAuditIT extends AuditChainContract {

    @Override
    StandaloneDatabase openDatabase() {
        return StandaloneDatabase.openDerby(dir.resolve("db"));
    }

    @Override
    void dropDatabase() {
        // The temporary folder, Derby's files included, is deleted by JUnit.
    }
}

package org.parley.auth.internal.it;

import org.parley.store.internal.StandaloneDatabase;

/** The auth contract on embedded Derby in a temporary directory. */
class DerbyAuthIT extends AuthContract {

    @Override
    protected StandaloneDatabase openDatabase() {
        return StandaloneDatabase.openDerby(varLib.resolve("db"));
    }

    @Override
    protected void dropDatabase() {
        // the temporary directory goes with the test
    }
}

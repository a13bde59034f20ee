package org.parley.e2e;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An appliance of one test class's own, for tests that lock accounts, throttle addresses or move the clock by hours
 * (the shared one must stay usable): booted before the class's first test, stopped after its last. Before each test
 * the admin is signed in again if moving the clock ended its session. Use it as
 * {@code @RegisterExtension static final OwnAppliance PARLEY = new OwnAppliance();}.
 */
final class OwnAppliance implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private Appliance appliance;

    Appliance get() {
        if (appliance == null) {
            throw new IllegalStateException("the appliance is booted before the first test of the class");
        }
        return appliance;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        appliance = Appliance.boot(Map.of());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Accounts.liveAdmin(appliance);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (appliance != null) {
            appliance.close();
            appliance = null;
        }
    }
}

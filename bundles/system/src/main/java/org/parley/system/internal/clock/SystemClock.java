package org.parley.system.internal.clock;

import java.time.Instant;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.parley.api.Clock;

/**
 * The wall clock. Ranked 0 so that {@code org.parley.testing.clock} (ranked higher) replaces it in tests, and every
 * consumer that references {@link Clock} with the greedy policy follows the switch.
 */
@Component(service = Clock.class, property = Constants.SERVICE_RANKING + ":Integer=0")
public class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}

package org.parley.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the meeting tests on the shared appliance have in common: the {@link MeetingFixture} of host, member and
 * guests, and, since they move the test clock by minutes, an admin session that is alive again when they are done
 * (the shared appliance is left as it was found).
 */
@ExtendWith(ParleyExtension.class)
abstract class MeetingTestSupport {

    static MeetingFixture people;

    @BeforeAll
    static void people(Appliance parley) {
        people = MeetingFixture.of(parley);
    }

    @AfterAll
    static void leaveTheAdminSignedIn(Appliance parley) {
        Accounts.liveAdmin(parley);
    }
}

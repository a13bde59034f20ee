package org.parley.e2e;

import java.util.regex.Pattern;

/**
 * What a test class's closed browsers leave on the shared appliance: their participants keep their seats for the
 * resume time and their media legs live until consent expires, 30 s each on the appliance clock, which stands still
 * unless a test moves it. Left there, dead legs pile up from class to class, each sending reports to a browser that
 * is gone. So after a class that left legs the clock is moved past both times, as 35 s of waiting would in
 * production, and every leg must then end: the next class finds the media service as this one found it.
 */
final class DroppedConnections {

    private static final Pattern LEGS = Pattern.compile("parley_media_legs");
    /** The resume time and the consent timeout (both 30 s), and a little more. */
    private static final long PAST_RESUME_AND_CONSENT_SECONDS = 35;

    private DroppedConnections() {
    }

    /** Ends what the class's vanished participants left; fails if a media leg survives. */
    static void clear(Appliance parley) {
        if (Metrics.sum(parley, LEGS) == 0) {
            return;
        }
        Accounts.advance(parley, PAST_RESUME_AND_CONSENT_SECONDS);
        Await.until("every media leg ended once the clock passed the resume and consent times",
                () -> Metrics.sum(parley, LEGS) == 0);
    }
}

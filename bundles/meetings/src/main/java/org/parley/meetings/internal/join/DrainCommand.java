package org.parley.meetings.internal.join;

import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;
import org.parley.meetings.internal.LiveMeetingsCore;

/**
 * Admin command {@code drain} ({@code parleyctl drain}). Argument {@code action}: {@code start} (refuse every join
 * from now on), {@code status}, {@code cancel}; {@code wait} (seconds, at most {@link #MAX_WAIT_SECONDS}): answer
 * as soon as no meeting is live, or when the wait is over, so the client's loop needs few calls (each is audited).
 * The drain lives in memory: a restart ends it.
 */
@Component(property = AdminCommand.NAME + "=drain")
public class DrainCommand implements AdminCommand {

    static final int MAX_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 250;

    /** The answer: whether joins are refused and how many meetings are still live. */
    public record DrainState(boolean draining, int liveMeetings) {
    }

    private final LiveMeetingsCore live;

    @Activate
    public DrainCommand(@Reference LiveMeetingsCore live) {
        this.live = live;
    }

    @Override
    public DrainState run(AdminRequest request) throws AdminCommandException {
        String action = request.argument("action", "status");
        switch (action) {
            case "start" -> live.drain().start();
            case "cancel" -> live.drain().cancel();
            case "status" -> { }
            default -> throw new AdminCommandException(2, "drain: unknown action '" + action
                    + "'; use start, status or cancel");
        }
        awaitEmpty(seconds(request.argument("wait", "0")));
        return new DrainState(live.drain().active(), live.rooms().liveCount());
    }

    /** Real time on purpose: this waits for people to leave, which no test clock moves. */
    private void awaitEmpty(int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (live.rooms().liveCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int seconds(String text) throws AdminCommandException {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return Math.min(value, MAX_WAIT_SECONDS);
        } catch (NumberFormatException e) {
            throw new AdminCommandException(2, "drain: wait must be a number of seconds, not '" + text + "'");
        }
    }
}

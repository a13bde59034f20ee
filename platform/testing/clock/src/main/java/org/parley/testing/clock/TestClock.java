package org.parley.testing.clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Component;
import org.parley.api.Clock;
import org.parley.api.Public;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;

/**
 * The test clock: starts at the wall-clock time of its activation and moves only when a test says so. Public, so a
 * test can move time before anyone is signed in (TOTP steps, first sign-in); it is never part of the package.
 */
@Component(service = {Clock.class, RestResource.class}, property = "service.ranking:Integer=1000")
@Path("testing/clock")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class TestClock implements Clock, RestResource {

    /** Body of a move: advance by so many seconds (may be negative), or jump to an instant. */
    public record Move(Long advanceSeconds, Instant set) {
    }

    /** What the clock says. */
    public record Now(Instant now) {
    }

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    @Override
    public Instant now() {
        return now.get();
    }

    @GET
    public Now read() {
        return new Now(now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Now move(Move move) {
        if (move == null || (move.advanceSeconds() == null) == (move.set() == null)) {
            throw ProblemException.invalid("advanceSeconds", "give either advanceSeconds or set, not both or neither");
        }
        Instant moved = move.set() != null ? move.set()
                : now.updateAndGet(t -> t.plus(Duration.ofSeconds(move.advanceSeconds())));
        now.set(moved);
        return new Now(moved);
    }
}

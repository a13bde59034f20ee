package org.parley.meetings.internal.join;

import org.parley.api.rest.ProblemException;

/**
 * The refused joins, as problems the front door renders (RFC 9457 problem+json with a stable {@code code} a page
 * can act on, and {@code Retry-After} when throttled). The 404 is the same for an unknown meeting, a missing and a
 * wrong passcode.
 */
final class JoinProblem {

    private JoinProblem() {
    }

    static ProblemException notFound() {
        return new ProblemException(404, "Meeting not found", "No meeting has this link, or the passcode is wrong.")
                .withCode("not-found-or-passcode");
    }

    static ProblemException throttled(long seconds) {
        return new ProblemException(429, "Too many attempts", "Too many wrong passcodes were tried; wait "
                + seconds + " seconds before trying again.").withCode("too-many").withRetryAfter(seconds);
    }

    static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, "Cannot join", detail).withCode(code);
    }
}

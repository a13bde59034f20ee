package org.parley.system.internal.database;

import org.parley.api.rest.ProblemException;
import org.parley.store.api.TransferException;

/** The REST answer for each reason a test or copy did not happen. */
final class Problems {

    private Problems() {
    }

    static ProblemException of(TransferException e) {
        return switch (e.reason()) {
            case INVALID -> ProblemException.invalid(e.field(), e.getMessage());
            case UNREACHABLE -> new ProblemException(422, "Database unreachable", e.getMessage(), "url");
            case NOT_EMPTY -> ProblemException.conflict(e.getMessage());
            case NOT_EMBEDDED -> ProblemException.conflict(e.getMessage());
            case BUSY -> ProblemException.conflict(e.getMessage());
            case FAILED -> new ProblemException(422, "Copy failed", e.getMessage());
        };
    }
}

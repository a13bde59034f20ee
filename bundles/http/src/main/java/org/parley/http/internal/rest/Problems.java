package org.parley.http.internal.rest;

import jakarta.ws.rs.core.Response;

/** Builds JAX-RS responses carrying a {@link Problem}. */
final class Problems {

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

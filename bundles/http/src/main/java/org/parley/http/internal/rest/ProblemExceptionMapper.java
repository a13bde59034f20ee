package org.parley.http.internal.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.parley.api.rest.ProblemException;

/** Renders a resource's {@link ProblemException} as problem+json. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        Problem problem = Problem.of(e.status(), e.title(), e.detail()).withField(e.field())
                .at(uriInfo.getRequestUri().getPath());
        return Problems.response(problem);
    }
}

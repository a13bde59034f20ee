package org.parley.http.internal.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Jersey's own errors (no route, wrong method, wrong media type) as problem+json a person can act on. */
public final class WebApplicationExceptionMapper implements jakarta.ws.rs.ext.ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        String path = uriInfo.getRequestUri().getPath();
        int status = e.getResponse().getStatus();
        Problem problem = Problem.of(status, reason(status), detail(e, path)).at(path);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (e instanceof NotAllowedException) {
            builder.allow(e.getResponse().getAllowedMethods());
        }
        return builder.build();
    }

    private String detail(WebApplicationException e, String path) {
        if (e instanceof NotFoundException) {
            return "No API route " + path + "; see /api/v1/openapi.json for the routes there are";
        }
        if (e instanceof NotAllowedException) {
            return request.getMethod() + " is not allowed on " + path + "; allowed: "
                    + String.join(", ", e.getResponse().getAllowedMethods());
        }
        if (e instanceof NotSupportedException) {
            return "Content-Type " + headers.getMediaType() + " is not accepted here; send application/json";
        }
        if (e instanceof NotAcceptableException) {
            return "This route cannot answer in " + headers.getAcceptableMediaTypes()
                    + "; accept application/json";
        }
        return e.getMessage() == null ? reason(e.getResponse().getStatus()) : e.getMessage();
    }

    private static String reason(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? "Error " + status : type.getReasonPhrase();
    }
}

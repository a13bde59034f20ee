package org.parley.http.internal.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;

/**
 * A body that is not the JSON a route expects: malformed JSON is 400 naming line and column, too deep or too big
 * is 400 saying which limit, a field of the wrong type or an unknown field is 422 naming the field.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        String path = uriInfo.getRequestUri().getPath();
        return Problems.response(problem(e).at(path));
    }

    static Problem problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return Problem.of(400, "Request body refused", "The JSON exceeds a limit: " + e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(422, "Invalid value", "Unknown field '" + unknown.getPropertyName() + "'"
                    + known(unknown)).withField(field(unknown));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = field(mapping);
            return Problem.of(422, "Invalid value", "Field '" + field + "' has the wrong type or format: "
                    + firstLine(mapping.getOriginalMessage())).withField(field);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Problem.of(400, "Wrong body", "The body is JSON of the wrong shape for this route: "
                    + firstLine(mismatch.getOriginalMessage()) + "; see /api/v1/openapi.json");
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return Problem.of(400, "Malformed JSON", "The body is not valid JSON" + where + ": "
                + firstLine(e.getOriginalMessage()));
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String known(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return "; known fields: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

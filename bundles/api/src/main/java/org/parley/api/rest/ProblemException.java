package org.parley.api.rest;

import java.util.Objects;

/**
 * An error a person can act on, rendered as RFC 9457 {@code application/problem+json} with the given status,
 * title and detail. For validation errors (422) name the field in {@code field}, so a form can point at it.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String field;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, String field) {
        super(Objects.requireNonNull(detail, "detail"));
        this.status = status;
        this.title = Objects.requireNonNull(title, "title");
        this.field = field;
    }

    /** 400: the request cannot be read. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    /** 404: the thing named does not exist. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    /** 422: a field has a value that cannot be accepted. */
    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(422, "Invalid value", detail, field);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The offending field for a validation error, or {@code null}. */
    public String field() {
        return field;
    }
}

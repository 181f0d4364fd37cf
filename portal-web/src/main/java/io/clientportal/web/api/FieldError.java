package io.clientportal.web.api;

/** What is wrong with one field of a request, as a problem's {@code errors} list names it. */
public record FieldError(String field, String message) {
}

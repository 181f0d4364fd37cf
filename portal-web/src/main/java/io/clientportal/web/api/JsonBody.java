package io.clientportal.web.api;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Digits;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A request's JSON object, read field by field. Every field of the wrong type is noted rather than thrown at once, so
 * one answer names them all ({@link #verified}); the rules on the values themselves are the business layer's.
 * Amounts and hours are accepted as JSON numbers or as decimal strings (which some systems prefer for money).
 */
final class JsonBody {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    /** Reads a body that must be one JSON object with only the given fields. */
    static JsonBody parse(String body, String... fields) {
        JsonValue value = onlyValue(body == null ? "" : body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed("The body is a JSON object.");
        }
        JsonBody read = new JsonBody(value.asJsonObject());
        Set<String> known = Set.of(fields);
        read.json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> read.errors.add(new FieldError(name, "There is no field " + name + " here; "
                        + "the fields are " + String.join(", ", fields) + ".")));
        return read;
    }

    /**
     * The body's one JSON value. Whatever the parser refuses is the sender's fault: besides its syntax errors, Parsson
     * refuses nesting deeper than 1000 levels and numbers longer than 1100 characters with bare runtime exceptions.
     */
    private static JsonValue onlyValue(String body) {
        JsonValue value = null;
        boolean more;
        // A parser rather than a reader: a reader stops after the first value and would ignore anything after it.
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (parser.hasNext()) {
                parser.next();
                value = parser.getValue();
            }
            more = parser.hasNext();
        } catch (RuntimeException e) {
            throw new InvalidRequest(400, "The body is not valid JSON.", List.of(new FieldError(null,
                    e.getMessage())));
        }
        if (value == null) {
            throw malformed("The body is empty.");
        }
        if (more) {
            throw malformed("The body holds more than one JSON value.");
        }
        return value;
    }

    private static InvalidRequest malformed(String detail) {
        return new InvalidRequest(400, detail, List.of());
    }

    String text(String field) {
        return read(field, "a string", value -> value instanceof JsonString s ? s.getString() : null);
    }

    boolean flag(String field, boolean absent) {
        Boolean flag = read(field, "true or false", value -> value == JsonValue.TRUE ? Boolean.TRUE
                : value == JsonValue.FALSE ? Boolean.FALSE : null);
        return flag == null ? absent : flag;
    }

    /** A true or false that the business layer defaults when it is absent. */
    Boolean optionalFlag(String field) {
        return read(field, "true or false", value -> value == JsonValue.TRUE ? Boolean.TRUE
                : value == JsonValue.FALSE ? Boolean.FALSE : null);
    }

    BigDecimal decimal(String field) {
        return read(field, "a decimal number", value -> decimalOf(field, value));
    }

    Money money(String field) {
        return read(field, "an amount such as 150.00", value -> {
            BigDecimal amount = decimalOf(field, value);
            return amount == null ? null : Money.of(field, amount);
        });
    }

    Hours hours(String field) {
        return read(field, "a positive number of hours such as 1.5", value -> {
            BigDecimal hours = decimalOf(field, value);
            return hours == null || hours.signum() < 0 ? null : Hours.of(field, hours);
        });
    }

    LocalDate date(String field) {
        return read(field, "a date such as 2026-03-31", value -> {
            if (!(value instanceof JsonString s)) {
                return null;
            }
            try {
                return DateRange.SUPPORTED.check(field, LocalDate.parse(s.getString()));
            } catch (DateTimeParseException e) {
                return null;
            }
        });
    }

    /** Two dates that make a range; null when either is missing (the business layer then names what to enter). */
    DateRange range(String firstField, String lastField) {
        LocalDate first = date(firstField);
        LocalDate last = date(lastField);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            errors.add(new FieldError(lastField, "The " + lastField + " cannot be before the " + firstField + "."));
            return null;
        }
        return new DateRange(first, last);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return read(field, "one of " + names, value -> {
            if (!(value instanceof JsonString s)) {
                return null;
            }
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equals(s.getString().toUpperCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        });
    }

    /** Throws every error noted so far; call once all fields are read, before acting on any of them. */
    void verified() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(422, "Fields of the request have the wrong type or are unknown.", errors);
        }
    }

    /**
     * The field's value, null when absent or JSON null, noted as an error when the reader cannot make it out (or, with
     * the kernel's own message, when a value type's bounds refuse it).
     */
    private <T> T read(String field, String expected, Function<JsonValue, T> reader) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        T read;
        try {
            read = reader.apply(value);
        } catch (Refused refused) {
            errors.add(new FieldError(field, refused.getMessage()));
            return null;
        } catch (IllegalArgumentException | ArithmeticException e) {
            read = null;
        }
        if (read == null) {
            errors.add(new FieldError(field, "The " + field + " is " + expected + "."));
        }
        return read;
    }

    /** A JSON number (the parser bounds its length) or a decimal string (bounded here before it is parsed). */
    private static BigDecimal decimalOf(String field, JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            return Digits.read(field, text.getString());
        }
        return null;
    }
}

package io.clientportal.web.convert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A constant of an enum named in a URL: by its name ({@code SUBMITTED}) or its slug ({@code submitted},
 * {@code issue-date}), in any case. Forms bind enums directly: Faces converts enum-typed values by itself.
 */
public final class ConstantNames {

    private ConstantNames() {
    }

    /** The constant the text names; empty for a blank or an unknown name. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.strip().replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The constant as a URL writes it: {@code ISSUE_DATE} becomes {@code issue-date}. */
    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

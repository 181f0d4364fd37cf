package io.clientportal.work.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns an import file may have, named in its header row in any order and any case. */
public enum Column {
    DATE("date", true),
    EMAIL("email", true),
    PROJECT("project", true),
    HOURS("hours", true),
    NOTE("note", false),
    STATUS("status", false);

    private final String header;
    private final boolean required;

    Column(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The name the header row uses, and error reports show. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    static Optional<Column> named(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.header.equals(name)).findFirst();
    }
}

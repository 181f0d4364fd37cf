package io.clientportal.kernel;

import java.io.Serializable;

/**
 * A page of a list, counted from 1 up to {@value #MAX}: far beyond any list here, and small enough that the offset of
 * its first row, (page - 1) × size for sizes up to {@value #MAX_SIZE}, always fits an int (page 2147483648 or
 * 10737420 pages of 200 overflowed it). Serializable, as view-scoped pages hold it.
 */
public record PageNumber(int value) implements Serializable {

    public static final int MAX = 100_000;
    public static final int MAX_SIZE = 200;
    public static final PageNumber FIRST = new PageNumber(1);

    public PageNumber {
        if (value < 1 || value > MAX) {
            throw new Refused("page", "Pages count from 1 to " + MAX + ".");
        }
    }

    /**
     * The page a URL parameter names, the first page when it names none; when it names something else (not a number,
     * out of bounds) also the first page, after {@code whenWrong} has told the person so.
     */
    public static PageNumber read(String text, Runnable whenWrong) {
        if (text == null || text.isBlank()) {
            return FIRST;
        }
        String digits = text.strip();
        int page = digits.matches("[0-9]{1,6}") ? Integer.parseInt(digits) : 0;
        if (page < 1 || page > MAX) {
            whenWrong.run();
            return FIRST;
        }
        return new PageNumber(page);
    }

    /** The offset of the page's first row in pages of the given size. */
    public int firstRow(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " rows, not " + size);
        }
        return (value - 1) * size;
    }
}

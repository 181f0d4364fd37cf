package io.clientportal.integration;

import io.clientportal.kernel.PageNumber;
import io.clientportal.kernel.Refused;

/**
 * Which page of a list a caller wants: pages count from 1 to {@value PageNumber#MAX} and hold at most
 * {@value #MAX_SIZE} items.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = PageNumber.MAX_SIZE;

    public PageRequest {
        new PageNumber(page); // refuses a page out of bounds, naming it
        if (size < 1 || size > MAX_SIZE) {
            throw new Refused("size", "A page holds 1 to " + MAX_SIZE + " items.");
        }
    }

    int first() {
        return new PageNumber(page).firstRow(size);
    }
}

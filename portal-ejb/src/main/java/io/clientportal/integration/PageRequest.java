package io.clientportal.integration;

import io.clientportal.kernel.Refused;

/** Which page of a list a caller wants: pages count from 1 and hold at most {@value #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 1) {
            throw new Refused("page", "Pages count from 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new Refused("size", "A page holds 1 to " + MAX_SIZE + " items.");
        }
    }

    int first() {
        return (page - 1) * size;
    }
}

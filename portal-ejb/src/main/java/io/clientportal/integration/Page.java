package io.clientportal.integration;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the number of items in the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Runs a list query (ordered by something unique, so pages neither skip nor repeat) and its count. */
    static <E, T> Page<T> of(TypedQuery<E> select, TypedQuery<Long> count, PageRequest request,
                             Function<E, T> view) {
        List<T> items = select.setFirstResult(request.first()).setMaxResults(request.size()).getResultStream()
                .map(view).toList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }
}

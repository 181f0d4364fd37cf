package io.clientportal.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a dynamic list (the agency's time and invoices, the portal's invoices and hours), made of fixed
 * JPQL fragments and bound parameters only: no text from a request ever becomes JPQL. One filter serves a list's
 * count, totals and page alike, so they always select the same rows.
 */
public final class QueryFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that always applies, such as a fixed status. */
    public QueryFilter where(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A condition on one parameter, named in the clause as {@code :parameter}; left out when the value is null. */
    public QueryFilter where(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** The path lies within the range, both days included; no condition when the range is null. */
    public QueryFilter within(String path, DateRange range) {
        if (range != null) {
            String first = "first" + parameters.size();
            String last = "last" + parameters.size();
            clauses.add(path + " between :" + first + " and :" + last);
            parameters.put(first, range.first());
            parameters.put(last, range.last());
        }
        return this;
    }

    /** {@code select + where + rest} (a group or order clause), with the parameters bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String rest, Class<T> type) {
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        TypedQuery<T> query = em.createQuery(select + where + rest, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}

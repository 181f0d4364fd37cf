package io.clientportal.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks of one readiness question, each UP or DOWN, in the order they were asked. UP only when every check is.
 *
 * @param checks check name to whether it passed
 */
public record ReadinessReport(Map<String, Boolean> checks) {

    public ReadinessReport {
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /**
     * The report of the start-up's progress: the database answers; the schema is migrated; in demo mode the demo
     * data is written and every tenant it promises is found by the pages' lookup (a tenant the lookup misses is
     * a sign-in page answered "no such portal").
     */
    static ReadinessReport of(boolean databaseAnswers, boolean schemaMigrated, boolean demoMode,
                              boolean demoDataWritten, boolean promisedTenantsFound) {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", databaseAnswers);
        checks.put("schema", databaseAnswers && schemaMigrated);
        if (demoMode) {
            checks.put("demoData", demoDataWritten);
            checks.put("tenants", demoDataWritten && promisedTenantsFound);
        }
        return new ReadinessReport(checks);
    }

    public boolean up() {
        return checks.values().stream().allMatch(Boolean::booleanValue);
    }

    /** {@code {"status":"UP","checks":{"database":"UP",...}}}; names and values are fixed words, nothing to escape. */
    public String json() {
        return "{\"status\":\"" + word(up()) + "\",\"checks\":{" + checks.entrySet().stream()
                .map(check -> "\"" + check.getKey() + "\":\"" + word(check.getValue()) + "\"")
                .collect(Collectors.joining(",")) + "}}";
    }

    private static String word(boolean up) {
        return up ? "UP" : "DOWN";
    }
}

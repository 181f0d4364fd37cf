package io.clientportal.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A ConfigSource whose values are derived once from the operator's {@code PORTAL_*} variables. Its ordinal is below
 * the environment's (300), system properties' (400) and the application's own file (100), so an operator can still set
 * any derived key directly.
 */
public abstract class DerivedSettings implements ConfigSource {

    public static final int ORDINAL = 50;

    private final String name;
    private final Map<String, String> values;

    protected DerivedSettings(String name, Map<String, String> values) {
        this.name = name;
        this.values = Map.copyOf(values);
    }

    /** A variable as a system property or, failing that, an environment variable; blank counts as unset. */
    public static String variable(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}

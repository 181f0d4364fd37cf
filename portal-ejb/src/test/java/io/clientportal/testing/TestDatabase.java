package io.clientportal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database of the suite's own, created afresh (dropped first if a previous run left it) so a suite can
 * run twice in a row. Host, port and credentials come from the {@code portal.test.db.*} system properties the build
 * passes in (127.0.0.1:5432 by default). {@code portal.test.db.suffix} is appended to every name, so two checkouts can
 * run their suites on one server at the same time.
 */
public final class TestDatabase {

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase recreate(String suiteName) {
        String name = withSuffix(suiteName);
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try (Connection admin = DriverManager.getConnection(url("postgres"), user(), password());
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url("postgres") + " did not let the tests create "
                    + "database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(name);
    }

    /** An existing database of the suite's, left as it is (for instance one a server under test filled). */
    public static TestDatabase existing(String suiteName) {
        return new TestDatabase(withSuffix(suiteName));
    }

    private static String withSuffix(String suiteName) {
        return suiteName + System.getProperty("portal.test.db.suffix", "");
    }

    public String jdbcUrl() {
        return url(name);
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + System.getProperty("portal.test.db.host", "127.0.0.1") + ":"
                + System.getProperty("portal.test.db.port", "5432") + "/" + database;
    }

    public static String user() {
        return System.getProperty("portal.test.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("portal.test.db.password", "");
    }
}

package io.clientportal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash must not take back what the embedded database confirmed. A second JVM opens the database of a data folder
 * as the portal does (the URL of {@link DatabaseSettings}), commits rows and is killed with SIGKILL right after its
 * last commit; the database, opened again, must hold every confirmed row. With H2's default write delay (commits
 * written to the file up to half a second later) the last ones were lost.
 */
class EmbeddedDatabaseCrashTest {

    private static final int ROWS = 20;

    @Test
    void everyCommitConfirmedBeforeAKill9IsThereAfterTheRestart(@TempDir Path dataDir) throws Exception {
        try (Connection connection = embeddedDatabase(dataDir.toString()).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table probe (id int primary key)");
        }

        Process server = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                CommitThenHang.class.getName(), dataDir.toString(), Integer.toString(ROWS))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int confirmed = 0;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // Stops reading at the last confirmation: the JVM hangs then, and is killed at once.
            while (confirmed < ROWS && (line = output.readLine()) != null) {
                if (line.startsWith(CommitThenHang.CONFIRMATION)) {
                    confirmed++;
                }
            }
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to flush
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the killed JVM did not end");
        }
        assertEquals(ROWS, confirmed, "the second JVM confirmed fewer commits than it was asked for");
        assertFalse(server.exitValue() == 0, "the second JVM ended by itself instead of being killed");

        try (Connection connection = embeddedDatabase(dataDir.toString()).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from probe")) {
            count.next();
            assertEquals(ROWS, count.getInt(1), "confirmed commits lost by the crash");
        }
    }

    /** The embedded database of a data folder, with the URL and credentials the portal's datasource gets. */
    static DataSource embeddedDatabase(String dataDir) {
        DatabaseSettings settings = new DatabaseSettings(Map.of("PORTAL_DATA_DIR", dataDir)::get);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings.getValue(DatabaseSettings.URL));
        dataSource.setUser(settings.getValue(DatabaseSettings.USER));
        dataSource.setPassword(settings.getValue(DatabaseSettings.PASSWORD));
        return dataSource;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

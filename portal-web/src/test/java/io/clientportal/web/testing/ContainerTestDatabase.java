package io.clientportal.web.testing;

import io.clientportal.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the container tests' database before anything starts: Arquillian boots Payara Micro (which migrates and
 * fills it) before any test class code runs. Only in the failsafe run, which names the WAR under test.
 *
 * <p>The server under test reaches that database through a {@link StatementRelay}, so tests can count what a page
 * costs at PostgreSQL: the relay takes the database's place in the server's options before Arquillian reads them.
 */
public class ContainerTestDatabase implements LauncherSessionListener {

    public static final String NAME = System.getProperty("portal.test.web.db", "portal_it_web");
    private static final String SERVER_OPTIONS = "payara.cmdOptions";

    private static StatementRelay relay;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.war") != null) {
            TestDatabase.recreate(NAME);
            String host = System.getProperty("portal.test.db.host", "127.0.0.1");
            String port = System.getProperty("portal.test.db.port", "5432");
            relay = StatementRelay.start(host, Integer.parseInt(port));
            String options = System.getProperty(SERVER_OPTIONS, "");
            String database = "//" + host + ":" + port + "/";
            if (!options.contains(database)) {
                throw new IllegalStateException("The server's options name no database at " + database);
            }
            System.setProperty(SERVER_OPTIONS, options.replace(database, "//127.0.0.1:" + relay.port() + "/"));
        }
    }

    /** The relay between the server under test and its database. */
    public static StatementRelay relay() {
        if (relay == null) {
            throw new IllegalStateException("No server under test in this run");
        }
        return relay;
    }
}

package io.clientportal.web.testing;

import io.clientportal.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the container tests' database before anything starts: Arquillian boots Payara Micro (which migrates and
 * fills it) before any test class code runs. Only in the failsafe run, which names the WAR under test.
 */
public class ContainerTestDatabase implements LauncherSessionListener {

    public static final String NAME = System.getProperty("portal.test.web.db", "portal_it_web");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.war") != null) {
            TestDatabase.recreate(NAME);
        }
    }
}

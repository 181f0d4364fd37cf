package io.clientportal.demo;

import io.clientportal.database.DatabaseSettings;
import io.clientportal.readiness.Readiness;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with the demo agencies on start-up in demo mode, and tells who can sign in. Each agency is
 * written in a transaction of its own, because an EntityManager works for one tenant only.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = DatabaseSettings.DEMO_DATA, defaultValue = "false")
    boolean enabled;

    @EJB
    DemoAgencies agencies;

    @EJB
    Readiness readiness;

    @PostConstruct
    void fillIfEmpty() {
        if (!enabled) {
            return;
        }
        List<String> written = List.of();
        if (agencies.databaseIsEmpty()) {
            agencies.createPlatform();
            agencies.createAcme();
            agencies.createUmbrella();
            written = DemoLogins.ALL.stream().map(DemoLogins.Login::host).distinct().toList();
            LOG.info("Demo data created");
        }
        // The start-up is ready once the agencies just written are found by the pages' tenant lookup. (A database
        // that had data is not the demo's: it promises no agency.)
        readiness.demoDataWritten(written);
        LOG.info(DemoLogins.describe());
    }
}

package io.clientportal.demo;

import io.clientportal.database.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

    @PostConstruct
    void fillIfEmpty() {
        if (!enabled) {
            return;
        }
        if (agencies.databaseIsEmpty()) {
            agencies.createPlatform();
            agencies.createAcme();
            agencies.createUmbrella();
            LOG.info("Demo data created");
        }
        LOG.info(DemoLogins.describe());
    }
}

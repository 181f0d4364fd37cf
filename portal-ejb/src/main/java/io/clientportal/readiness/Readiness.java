package io.clientportal.readiness;

import io.clientportal.database.DatabaseSettings;
import io.clientportal.database.SchemaMigration;
import io.clientportal.tenancy.TenantDirectory;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers whether the application serves requests (see {@link ReadinessReport#of}). The demo data reports here when
 * it is written, with the subdomains it promises; until then a demo start-up is not ready, whatever the database says.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private SchemaMigration schema;

    @EJB
    private TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = DatabaseSettings.DEMO_DATA, defaultValue = "false")
    boolean demoMode;

    private volatile List<String> promisedSubdomains;

    /** Called by the demo data once it is written (or found written), with the subdomains visitors are sent to. */
    public void demoDataWritten(List<String> subdomains) {
        promisedSubdomains = List.copyOf(subdomains);
    }

    public ReadinessReport check() {
        boolean databaseAnswers = databaseAnswers();
        List<String> promised = promisedSubdomains;
        boolean found = databaseAnswers && promised != null
                && promised.stream().allMatch(subdomain -> tenants.findBySubdomain(subdomain).isPresent());
        return ReadinessReport.of(databaseAnswers, schema.migrated(), demoMode, promised != null, found);
    }

    /** Asks the database itself (a pooled connection that it still accepts), not the pool's idea of it. */
    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database does not answer", e);
            return false;
        }
    }
}

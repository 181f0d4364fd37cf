package io.clientportal.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the health check may say UP: only once the application serves requests, not when the database merely answers. */
class ReadinessReportTest {

    @Test
    void aDemoStartUpIsNotReadyWhileTheDemoDataIsStillBeingWritten() {
        ReadinessReport report = ReadinessReport.of(true, true, true, false, false);

        assertFalse(report.up());
        assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"UP\",\"schema\":\"UP\",\"demoData\":\"DOWN\","
                + "\"tenants\":\"DOWN\"}}", report.json());
    }

    @Test
    void aDemoAgencyThatTheTenantLookupDoesNotFindKeepsTheStartUpDown() {
        assertFalse(ReadinessReport.of(true, true, true, true, false).up());
    }

    @Test
    void anAnsweringDatabaseWithAnUnmigratedSchemaIsNotReady() {
        assertFalse(ReadinessReport.of(true, false, false, false, false).up());
        assertFalse(ReadinessReport.of(true, false, true, true, true).up());
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNotReadyWhateverStartUpDid() {
        ReadinessReport report = ReadinessReport.of(false, true, true, true, true);

        assertFalse(report.up());
        assertEquals("DOWN", report.json().substring(11, 15));
    }

    @Test
    void readyOnceMigratedAndTheDemoAgenciesAreFound() {
        ReadinessReport report = ReadinessReport.of(true, true, true, true, true);

        assertTrue(report.up());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"schema\":\"UP\",\"demoData\":\"UP\","
                + "\"tenants\":\"UP\"}}", report.json());
    }

    @Test
    void withoutDemoDataAMigratedSchemaOnAnAnsweringDatabaseIsReady() {
        ReadinessReport report = ReadinessReport.of(true, true, false, false, false);

        assertTrue(report.up());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"schema\":\"UP\"}}", report.json());
    }
}

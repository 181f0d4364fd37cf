package io.clientportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.integration.PageRequest;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.work.TimeEntryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    @Test
    void fieldsAreReadAsTheirTypesAndAmountsAlsoFromStrings() {
        JsonBody json = JsonBody.parse("{\"name\": \"Globex\", \"hours\": 1.5, \"rate\": \"150.5\", \"on\": true, "
                + "\"day\": \"2026-03-02\", \"status\": \"approved\"}", "name", "hours", "rate", "on", "day", "status");
        assertEquals("Globex", json.text("name"));
        assertEquals(Hours.of("1.50"), json.hours("hours"));
        assertEquals(Money.of("150.50"), json.money("rate"));
        assertTrue(json.flag("on", false));
        assertEquals(LocalDate.of(2026, 3, 2), json.date("day"));
        assertEquals(TimeEntryStatus.APPROVED, json.choice("status", TimeEntryStatus.class));
        json.verified();
    }

    @Test
    void absentAndNullFieldsAreNullOrTheirDefault() {
        JsonBody json = JsonBody.parse("{\"name\": null}", "name", "active");
        assertNull(json.text("name"));
        assertTrue(json.flag("active", true));
        assertNull(json.optionalFlag("active"));
        json.verified();
    }

    @Test
    void everyFieldOfTheWrongTypeAndEveryUnknownFieldIsNamedInOneAnswer() {
        JsonBody json = JsonBody.parse("{\"name\": 7, \"hours\": -1, \"day\": \"2026-02-30\", \"on\": \"yes\", "
                + "\"status\": \"DONE\", \"colour\": \"red\"}", "name", "hours", "day", "on", "status");
        json.text("name");
        json.hours("hours");
        json.date("day");
        json.flag("on", false);
        json.choice("status", TimeEntryStatus.class);
        InvalidRequest invalid = assertThrows(InvalidRequest.class, json::verified);
        assertEquals(422, invalid.status());
        assertEquals(List.of("colour", "name", "hours", "day", "on", "status"),
                invalid.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aRangeEndingBeforeItStartsNamesItsEnd() {
        JsonBody json = JsonBody.parse("{\"from\": \"2026-03-31\", \"to\": \"2026-03-01\"}", "from", "to");
        assertNull(json.range("from", "to"));
        InvalidRequest invalid = assertThrows(InvalidRequest.class, json::verified);
        assertEquals("to", invalid.errors().get(0).field());
        assertEquals(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                JsonBody.parse("{\"from\": \"2026-03-01\", \"to\": \"2026-03-31\"}", "from", "to").range("from", "to"));
    }

    @Test
    void aBodyThatIsNotOneJsonObjectIsMalformed() {
        for (String body : new String[] {"", "{\"name\": ", "[1, 2]", "\"text\"", "null", "{} {}"}) {
            InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> JsonBody.parse(body, "name"), body);
            assertEquals(400, invalid.status(), body);
        }
    }

    @Test
    void pagingDefaultsToTheFirstFiftyAndNamesWhatIsWrong() {
        assertEquals(new PageRequest(1, Paging.DEFAULT_SIZE), Paging.of(null, ""));
        assertEquals(new PageRequest(3, 200), Paging.of("3", "200"));
        InvalidRequest words = assertThrows(InvalidRequest.class, () -> Paging.of("two", "x"));
        assertEquals(List.of("page", "size"), words.errors().stream().map(FieldError::field).toList());
        assertEquals("size", assertThrows(Refused.class, () -> Paging.of("1", "201")).field());
        assertEquals("page", assertThrows(Refused.class, () -> Paging.of("0", "10")).field());
    }

    @Test
    void aPageWhoseFirstRowOverflowsAnIntIsRefusedNamingThePage() {
        assertEquals("page", assertThrows(Refused.class, () -> Paging.of("10737420", "200")).field());
        assertEquals("page", assertThrows(Refused.class, () -> Paging.of("2147483648", "10")).field());
        assertEquals("page", assertThrows(Refused.class, () -> Paging.of("-99999999999", "10")).field());
    }

    @Test
    void aNumberInExponentFormIsRefusedNamingTheFieldBeforeItIsExpanded() {
        JsonBody json = JsonBody.parse("{\"costRate\": \"1e10000000\", \"billableRate\": 1e131080, "
                + "\"hours\": 1e10000000, \"taxRate\": \"" + "9".repeat(100_000) + "\"}",
                "costRate", "billableRate", "hours", "taxRate");
        assertNull(json.money("costRate"));
        assertNull(json.money("billableRate"));
        assertNull(json.hours("hours"));
        assertNull(json.decimal("taxRate"));
        InvalidRequest invalid = assertThrows(InvalidRequest.class, json::verified);
        assertEquals(422, invalid.status());
        assertEquals(List.of("costRate", "billableRate", "hours", "taxRate"),
                invalid.errors().stream().map(FieldError::field).toList());
        assertEquals("Write the cost rate as a number with at most 10 digits before the point and 2 after it.",
                invalid.errors().get(0).message());
    }

    @Test
    void aDateOfYear0Or99999IsRefusedNamingTheField() {
        JsonBody json = JsonBody.parse("{\"workDate\": \"0000-01-01\", \"periodEnd\": \"+99999-12-31\"}",
                "workDate", "periodEnd");
        assertNull(json.date("workDate"));
        assertNull(json.date("periodEnd"));
        InvalidRequest invalid = assertThrows(InvalidRequest.class, json::verified);
        assertEquals(List.of("workDate", "periodEnd"), invalid.errors().stream().map(FieldError::field).toList());
        assertEquals("The work date is a day from 2000-01-01 to 2100-12-31.", invalid.errors().get(0).message());
    }

    @Test
    void deeplyNestedJsonOrAnEndlessNumberIsMalformedNotAFailure() {
        for (String body : new String[] {"{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                "{\"name\": " + "[".repeat(100_000), "{\"rate\": 1" + "0".repeat(2_000) + "}"}) {
            InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> JsonBody.parse(body, "name", "rate"));
            assertEquals(400, invalid.status());
        }
    }

    @Test
    void decimalsKeepTheirValue() {
        assertEquals(new BigDecimal("20.5"), JsonBody.parse("{\"t\": 20.5}", "t").decimal("t"));
    }
}

package io.clientportal.web.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clientportal.work.TimeEntryStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsingTest {

    @Test
    void anIdIsAPositiveWholeNumberThatFitsALong() {
        assertEquals(Optional.of(42L), IdConverter.parse("42"));
        assertEquals(Optional.of(999_999_999_999_999_999L), IdConverter.parse("999999999999999999"));
        for (String wrong : new String[] {null, "", " 42", "42 ", "0", "-1", "+1", "01", "1e3", "abc",
                "9999999999999999999"}) {
            assertEquals(Optional.empty(), IdConverter.parse(wrong), wrong);
        }
    }

    @Test
    void aConstantIsNamedByNameOrSlugInAnyCase() {
        assertEquals(Optional.of(TimeEntryStatus.SUBMITTED), ConstantNames.parse(TimeEntryStatus.class, "SUBMITTED"));
        assertEquals(Optional.of(TimeEntryStatus.SUBMITTED), ConstantNames.parse(TimeEntryStatus.class, "submitted"));
        assertEquals(Optional.empty(), ConstantNames.parse(TimeEntryStatus.class, "<script>"));
        assertEquals(Optional.empty(), ConstantNames.parse(TimeEntryStatus.class, " "));
        assertEquals("submitted", ConstantNames.slug(TimeEntryStatus.SUBMITTED));
    }
}

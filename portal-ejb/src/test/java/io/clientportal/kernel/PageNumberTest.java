package io.clientportal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumberTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2147483648", "100001", "0", "-1", "abc", "1.5", "99999999999999999999"})
    void aPageBeyondTheBoundsOrNoPageAtAllShowsTheFirstAndSaysSo(String page) {
        List<String> told = new ArrayList<>();

        assertEquals(PageNumber.FIRST, PageNumber.read(page, () -> told.add("bad page")));
        assertEquals(List.of("bad page"), told);
    }

    @Test
    void aPageWithinTheBoundsIsThatPageAndNoPageIsTheFirst() {
        List<String> told = new ArrayList<>();

        assertEquals(new PageNumber(PageNumber.MAX), PageNumber.read(" 100000 ", () -> told.add("bad page")));
        assertEquals(PageNumber.FIRST, PageNumber.read(null, () -> told.add("bad page")));
        assertEquals(PageNumber.FIRST, PageNumber.read("", () -> told.add("bad page")));
        assertEquals(List.of(), told);
    }

    @Test
    void theLastPageOfTheLargestSizeStartsAtAnOffsetAnIntHolds() {
        assertEquals(19_999_800, new PageNumber(PageNumber.MAX).firstRow(PageNumber.MAX_SIZE));
        assertEquals(0, PageNumber.FIRST.firstRow(50));
        assertThrows(IllegalArgumentException.class, () -> PageNumber.FIRST.firstRow(PageNumber.MAX_SIZE + 1));
    }

    @Test
    void aPageOutOfBoundsIsRefusedNamingThePage() {
        assertEquals("page", assertThrows(Refused.class, () -> new PageNumber(10_737_420)).field());
        assertEquals("page", assertThrows(Refused.class, () -> new PageNumber(0)).field());
    }
}

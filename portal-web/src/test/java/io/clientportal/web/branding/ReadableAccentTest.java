package io.clientportal.web.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadableAccentTest {

    @ParameterizedTest
    @ValueSource(strings = {"#1f6feb", "#ffffff", "#ffeb3b", "#00ff00", "#f6f8fb", "#ff6600", "#7FDBFF"})
    void everyColourBecomesReadableTextOnThePagesAndOnWhite(String brand) {
        int readable = Integer.parseInt(ReadableAccent.of(brand).substring(1), 16);
        assertTrue(ReadableAccent.contrast(readable, 0xf6f8fb) >= ReadableAccent.TEXT_CONTRAST, brand);
        assertTrue(ReadableAccent.contrast(readable, 0xffffff) >= ReadableAccent.TEXT_CONTRAST, brand);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#000000", "#1d2330", "#0b3d91", "#b42318"})
    void aColourThatReadsWellIsKept(String brand) {
        assertEquals(brand, ReadableAccent.of(brand));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#1f6feb", "#ff6600"})
    void aDarkenedColourKeepsItsHueAndIsNoDarkerThanItNeedsToBe(String brand) {
        int original = Integer.parseInt(brand.substring(1), 16);
        int readable = Integer.parseInt(ReadableAccent.of(brand).substring(1), 16);
        // The channels keep their order (blue stays blue, orange orange), and the contrast lands just past the line
        // (one step of darkening moves it by less than 0.2).
        assertEquals(Integer.compare(original >> 16 & 0xff, original & 0xff),
                Integer.compare(readable >> 16 & 0xff, readable & 0xff));
        assertTrue(ReadableAccent.contrast(readable, 0xf6f8fb) < ReadableAccent.TEXT_CONTRAST + 0.2, brand);
    }

    @Test
    void theDemosBlueIsDarkenedJustEnoughForThePagesGrey() {
        assertTrue(ReadableAccent.contrast(0x1f6feb, 0xf6f8fb) < ReadableAccent.TEXT_CONTRAST, "premise");
        assertEquals("#1e6ce4", ReadableAccent.of("#1f6feb"));
    }
}

package io.clientportal.web.branding;

import java.util.Locale;

/**
 * The agency's colour made readable as text: an agency may pick any colour, but links, buttons and the focus ring are
 * drawn in it, and a light one (or even the demo's blue on the pages' grey) falls below WCAG's 4.5:1 for text. The
 * colour is darkened, hue kept, until it reaches 4.5:1 against the lightest background it is used on; white text on
 * it then reads as well. A colour that already reads well is kept as it is.
 */
final class ReadableAccent {

    /** WCAG 2.1's minimum contrast for normal text (level AA). */
    static final double TEXT_CONTRAST = 4.5;

    /** The pages' own background ({@code --portal-surface}); white, on cards and tables, is lighter still. */
    private static final int SURFACE = 0xf6f8fb;

    /** A hair above the line, so a checker that rounds its figures differently does not land below it. */
    private static final double MARGIN = 0.03;

    /** Each step takes this much off every channel: small enough that the result is no darker than it needs to be. */
    private static final double STEP = 0.01;

    private ReadableAccent() {
    }

    /** The readable form of a colour {@code #rrggbb}, as {@code #rrggbb} (lower case). */
    static String of(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int readable = rgb;
        for (double kept = 1; contrast(readable, SURFACE) < TEXT_CONTRAST + MARGIN; kept -= STEP) {
            readable = scaled(rgb, Math.max(kept, 0));
        }
        return String.format(Locale.ROOT, "#%06x", readable);
    }

    /** WCAG's contrast ratio of two colours, 1 to 21. */
    static double contrast(int first, int second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double value = (channel & 0xff) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static int scaled(int rgb, double factor) {
        int red = (int) Math.round((rgb >> 16 & 0xff) * factor);
        int green = (int) Math.round((rgb >> 8 & 0xff) * factor);
        int blue = (int) Math.round((rgb & 0xff) * factor);
        return red << 16 | green << 8 | blue;
    }
}

package io.clientportal.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Audits the page a browser test shows, as a person on a desktop and on a phone meets it: axe-core's WCAG 2.1 A and AA
 * rules at both widths, and at the phone's width nothing wider than the screen (no sideways scrolling). axe-core comes
 * with Deque's Maven artifact, which carries the npm package's script.
 */
public final class PageAudit {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA, as axe-core tags them. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private PageAudit() {
    }

    /**
     * Fails, naming every broken rule and where, unless the page passes at desktop width and at a phone's. Leaves the
     * browser at desktop width; a screenshot of each width is kept as {@code <page>-desktop} and {@code <page>-phone}.
     */
    public static void assertReadableEverywhere(HeadlessChromium browser, String page) {
        try {
            assertAccessible(browser, page + " at desktop width");
            browser.screenshot(page + "-desktop");
            browser.showAsPhone();
            assertAccessible(browser, page + " at " + HeadlessChromium.PHONE_WIDTH + " px");
            browser.screenshot(page + "-phone");
            assertEquals(HeadlessChromium.PHONE_WIDTH, ((Number) browser.script("return window.innerWidth")).intValue(),
                    "the phone's width did not apply to " + page);
            assertNoSidewaysScroll(browser, page);
        } finally {
            browser.showAsDesktop();
        }
    }

    private static void assertAccessible(HeadlessChromium browser, String where) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertFalse(results.isErrored(), () -> "axe-core could not audit " + where + ": " + results.getErrorMessage());
        assertEquals("", describe(results.getViolations()), () -> where + " breaks WCAG 2.1 A/AA ("
                + browser.driver().getCurrentUrl() + ")");
    }

    private static void assertNoSidewaysScroll(HeadlessChromium browser, String page) {
        // The page's full width against the screen's; what is wider says which element pushed it out.
        Object widest = browser.script("""
                const screen = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= screen) return '';
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > screen + 0.5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                return document.documentElement.scrollWidth + ' px wide: ' + wide.slice(0, 8).join(', ');
                """);
        assertEquals("", widest, page + " scrolls sideways on a phone");
        // A table that scrolls inside its own box hides the end of its lines just as well.
        Object boxed = browser.script("""
                return [...document.querySelectorAll('body *')]
                    .filter(e => !['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName))
                    .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                    .filter(e => e.scrollWidth > e.clientWidth + 1)
                    .map(e => (e.closest('[id]') || e).id + ' (' + e.scrollWidth + ' px in ' + e.clientWidth + ')')
                    .join(', ');
                """);
        assertEquals("", boxed, page + " hides part of a table on a phone");
    }

    /** One line per broken rule, then one per element it found: rule id, impact, what it asks, and where. */
    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().map(PageAudit::describe).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "\n    " + node.getTarget() + " " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }
}

package io.clientportal.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fills the build-time compiled template the way the portal does and reads the PDF back. */
class InvoiceTemplateTest {

    private static final String LONG_DESCRIPTION = "Discovery workshop with the Łódź team and Jürgen Müller: "
            + "stakeholder interviews, current booking flow review, a prioritised backlog for the Ærøskøbing "
            + "ferry timetable integration and a written summary of risks, open questions and next steps.";

    private static JasperReport template;

    @BeforeAll
    static void loadCompiledTemplate() throws IOException, JRException {
        try (InputStream compiled = InvoiceTemplateTest.class.getResourceAsStream("/reports/invoice.jasper")) {
            assertNotNull(compiled, "reports/invoice.jasper is missing from the classpath");
            template = (JasperReport) JRLoader.loadObject(compiled);
        }
    }

    @Test
    void printsEveryValueVerbatimOnOnePage() throws Exception {
        List<Map<String, ?>> lines = List.of(
                line("Łódź Müller Ærøskøbing", LONG_DESCRIPTION, "12.50", "1562.50"),
                line("Website relaunch", "Design review and fixes", "4.00", "500.00"));

        try (PDDocument pdf = Loader.loadPDF(render(parameters(Locale.US, null), lines))) {
            String text = flatText(pdf, 1, 1);
            assertEquals(1, pdf.getNumberOfPages());
            assertAll(
                    () -> assertContains(text, "INV-2025-0042"),
                    () -> assertContains(text, LONG_DESCRIPTION),
                    () -> assertContains(text, "Design review and fixes"),
                    () -> assertContains(text, "Łódź"),
                    () -> assertContains(text, "Müller"),
                    () -> assertContains(text, "Ærøskøbing"),
                    () -> assertContains(text, "12.50"),
                    () -> assertContains(text, "Total EUR 12,345.60"),
                    () -> assertContains(text, "Balance due EUR 2,345.60"),
                    () -> assertContains(text, "Page 1 of 1"));
        }
    }

    @Test
    void formatsAmountsWithTheReportLocale() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(parameters(Locale.GERMANY, null), List.of()))) {
            String text = flatText(pdf, 1, 1);
            assertContains(text, "Total EUR 12.345,60");
        }
    }

    @Test
    void sixtyLinesFlowOntoASecondPageWithTheHeaderRepeated() throws Exception {
        List<Map<String, ?>> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(line("Support", "Ticket " + i, "1.00", "120.00"));
        }

        try (PDDocument pdf = Loader.loadPDF(render(parameters(Locale.US, null), lines))) {
            assertEquals(2, pdf.getNumberOfPages());
            assertContains(flatText(pdf, 1, 1), "Page 1 of 2");
            String second = flatText(pdf, 2, 2);
            assertAll(
                    () -> assertContains(second, "Page 2 of 2"),
                    () -> assertContains(second, "Project Description Hours Amount"),
                    () -> assertContains(second, "Ticket 60"),
                    () -> assertContains(second, "Total EUR 12,345.60"));
        }
    }

    @Test
    void embedsEveryFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(parameters(Locale.US, null), List.of(
                line("Łódź", "Müller in Ærøskøbing", "1.00", "100.00"))))) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0, "no fonts found: the check above proved nothing");
        }
    }

    @Test
    void printsTheLogoOnlyWhenGiven() throws Exception {
        try (PDDocument without = Loader.loadPDF(render(parameters(Locale.US, null), List.of()));
             PDDocument with = Loader.loadPDF(render(parameters(Locale.US, logo()), List.of()))) {
            assertEquals(0, images(without.getPage(0)));
            assertEquals(1, images(with.getPage(0)));
        }
    }

    /** The portal gets jasperreports-jdt only at build time, so filling must not need the compiler used there. */
    @Test
    void fillsWithTheEngineAlone() throws Exception {
        Class<?> compiler = Class.forName(template.getCompilerClass());
        assertEquals(JasperReport.class.getProtectionDomain().getCodeSource().getLocation(),
                compiler.getProtectionDomain().getCodeSource().getLocation(),
                compiler.getName() + " does not come with the jasperreports jar");
    }

    private static byte[] render(Map<String, Object> parameters, List<Map<String, ?>> lines) throws JRException {
        var print = JasperFillManager.fillReport(template, parameters, new JRMapCollectionDataSource(lines));
        return JasperExportManager.exportReportToPdf(print);
    }

    private static Map<String, Object> parameters(Locale locale, InputStream logo) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("AGENCY_NAME", "Nordlicht Studio GmbH");
        parameters.put("AGENCY_ADDRESS", "Hafenstraße 12\n20457 Hamburg\nGermany");
        parameters.put("AGENCY_LOGO", logo);
        parameters.put("CLIENT_NAME", "Łódź Müller Ærøskøbing ApS");
        parameters.put("CLIENT_BILLING_DETAILS", "Attn. Accounts payable\nVestergade 3\n5970 Ærøskøbing\nDenmark\nVAT DK12345678");
        parameters.put("INVOICE_NUMBER", "INV-2025-0042");
        parameters.put("ISSUE_DATE", "2025-03-01");
        parameters.put("DUE_DATE", "2025-03-31");
        parameters.put("CURRENCY", "EUR");
        parameters.put("SUBTOTAL", new BigDecimal("10374.46"));
        parameters.put("TAX", new BigDecimal("1971.14"));
        parameters.put("TOTAL", new BigDecimal("12345.60"));
        parameters.put("AMOUNT_PAID", new BigDecimal("10000.00"));
        parameters.put("BALANCE_DUE", new BigDecimal("2345.60"));
        parameters.put("REPORT_LOCALE", locale);
        return parameters;
    }

    private static Map<String, ?> line(String project, String description, String hours, String amount) {
        return Map.of("project", project, "description", description,
                "hours", new BigDecimal(hours), "amount", new BigDecimal(amount));
    }

    private static InputStream logo() throws IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2F4A6D));
        graphics.fillRect(0, 0, 240, 80);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new ByteArrayInputStream(png.toByteArray());
    }

    private static int images(PDPage page) throws IOException {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    /** Text of the pages with all white space as single blanks, so wrapped text still matches in one piece. */
    private static String flatText(PDDocument pdf, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in: " + text);
    }
}

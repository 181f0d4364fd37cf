package io.clientportal.portal;

import io.clientportal.clients.Client;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.Tenant;
import io.clientportal.testing.IsolationWorld.ClientWorld;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invoice PDFs rendered from the scoped read model on PostgreSQL: what the page says, that nothing outside the scope
 * renders at all, that no rate reaches the page, and that concurrent renders share the template safely. Agency A has a
 * logo and billing details, and its client A1 a billing address, so the header is rendered in full.
 */
class InvoicePdfsIT {

    private static final String CLIENT_ADDRESS = "A1 Client Sp. z o.o.\nul. Piotrkowska 12\n90-001 Łódź";

    private static TestPersistence persistence;
    private static IsolationWorld world;
    private static InvoicePdf firstPdf;

    @BeforeAll
    static void createWorldAndRenderOnce() throws IOException {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_pdfs").dataSource());
        world = IsolationWorld.create(persistence, "pdfs");
        byte[] logo = logo();
        persistence.run(persistence.unscoped(), em -> {
            Tenant agency = em.find(Tenant.class, world.agencyA.tenantId());
            agency.setBillingDetails("Agency A Studio Ltd", "1 Harbour Road\nGdańsk", "billing@a.example", "PL123");
            agency.setBranding(logo, "image/png", "#2f4a6d");
        });
        persistence.run(persistence.scoped(world.agencyA), em -> em.find(Client.class, world.a1.scope().clientId())
                .setBillingDetails("ap@a1.example", CLIENT_ADDRESS, "PL-A1-42"));

        // The first PDF of this JVM loads the template and warms the engine and its fonts.
        long start = System.nanoTime();
        firstPdf = render(world.a1.scope(), world.a1.openInvoiceId()).orElseThrow();
        long first = System.nanoTime() - start;
        List<Long> next = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            start = System.nanoTime();
            render(world.a1.scope(), world.a1.openInvoiceId()).orElseThrow();
            next.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("InvoicePdfsIT: first render %d ms, the next five %s ms%n", first / 1_000_000, next);
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void thePdfShowsTheInvoiceItsLinesItsTotalAndTheAgency() throws IOException {
        PortalInvoice invoice = query(world.a1.scope(),
                em -> new PortalInvoices(em).find(world.a1.openInvoiceId())).orElseThrow();
        List<PortalInvoiceLine> lines = query(world.a1.scope(),
                em -> new PortalInvoices(em).lines(world.a1.openInvoiceId()));
        String text = text(firstPdf.content());

        assertFalse(lines.isEmpty());
        assertAll(
                () -> assertContains(text, world.a1.openInvoiceNumber()),
                () -> assertContains(text, "Agency A Studio Ltd"),
                () -> assertContains(text, "Tax ID PL123"),
                () -> assertContains(text, "A1 Client"),
                () -> assertContains(text, "90-001 Łódź"),
                () -> assertContains(text, "Tax ID PL-A1-42"),
                () -> assertContains(text, world.a1.projectName()),
                () -> assertContains(text, "Total EUR " + english(invoice.getTotal().amount())),
                () -> assertContains(text, "Balance due EUR " + english(invoice.balanceDue().amount())),
                () -> assertContains(text, "Issue date Feb 1, 2026"),
                () -> assertContains(text, "Due date Feb 15, 2026"));
        for (PortalInvoiceLine line : lines) {
            assertContains(text, line.getDescription());
            assertContains(text, english(line.getAmount().amount()));
        }
    }

    @Test
    void theFileNameIsTheInvoiceNumberAndTheLogoIsOnThePage() throws IOException {
        assertEquals("invoice-" + world.a1.openInvoiceNumber() + ".pdf", firstPdf.fileName());
        try (PDDocument pdf = Loader.loadPDF(firstPdf.content())) {
            assertEquals(1, images(pdf.getPage(0)));
        }
    }

    @Test
    void aPaidInvoiceRendersToo() throws IOException {
        InvoicePdf paid = render(world.a1.scope(), world.a1.paidInvoiceId()).orElseThrow();
        String text = text(paid.content());
        assertContains(text, "A1-PAID");
        assertContains(text, "Balance due EUR 0.00");
    }

    @Test
    void nothingOutsideTheScopeRenders() {
        ClientWorld a1 = world.a1;
        List<Long> outside = List.of(world.a2.openInvoiceId(), world.a2.paidInvoiceId(), world.b1.openInvoiceId(),
                world.b2.paidInvoiceId(), a1.draftInvoiceId(), a1.voidInvoiceId(), world.a2.draftInvoiceId(),
                Long.MAX_VALUE, 0L, -1L);
        for (long id : outside) {
            assertTrue(render(a1.scope(), id).isEmpty(), "invoice " + id + " rendered for A1");
        }
        // And the other way round: A1's own invoice is nobody else's.
        for (ClientWorld other : List.of(world.a2, world.b1, world.b2)) {
            assertTrue(render(other.scope(), a1.openInvoiceId()).isEmpty(), "A1's invoice rendered for " + other);
        }
    }

    @Test
    void noRateOrCostReachesThePage() throws IOException {
        for (long id : List.of(world.a1.openInvoiceId(), world.a1.paidInvoiceId())) {
            String text = text(render(world.a1.scope(), id).orElseThrow().content());
            for (BigDecimal marker : List.of(IsolationWorld.MARKER_BILLABLE_RATE.amount(),
                    IsolationWorld.MARKER_COST_RATE.amount(), IsolationWorld.MARKER_PROJECT_RATE.amount())) {
                assertFalse(text.contains(marker.toPlainString()), marker + " on invoice " + id + ": " + text);
                assertFalse(text.contains(english(marker)), marker + " on invoice " + id + ": " + text);
            }
        }
    }

    @Test
    void eightConcurrentRendersGiveTheSameText() throws Exception {
        String expected = text(firstPdf.content());
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<String> renderOnItsOwnEntityManager = () -> {
                    start.await();
                    return text(render(world.a1.scope(), world.a1.openInvoiceId()).orElseThrow().content());
                };
                texts.add(pool.submit(renderOnItsOwnEntityManager));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<String> text : texts) {
                assertEquals(expected, text.get(60, TimeUnit.SECONDS));
            }
            System.out.printf("InvoicePdfsIT: %d concurrent renders in %d ms%n", threads,
                    (System.nanoTime() - began) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders on a fresh, unscoped EntityManager, as each request gets one: the service scopes it itself. */
    private static Optional<InvoicePdf> render(PortalScope scope, long invoiceId) {
        return query(scope, em -> new InvoicePdfs(em).render(invoiceId));
    }

    /** A contact's read as the portal's services make it: in a transaction, which the portal scope is bound to. */
    private static <T> T query(PortalScope scope, Function<EntityManager, T> read) {
        return persistence.inTransaction(persistence.unscoped(),
                em -> ScopedWork.call(scope.caller(), () -> read.apply(em)));
    }

    /** The PDF's text with all white space as single blanks, so wrapped text still matches in one piece. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String english(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(InvoicePdfs.LOCALE)).format(amount);
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

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2F4A6D));
        graphics.fillRect(0, 0, 240, 80);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in: " + text);
    }
}

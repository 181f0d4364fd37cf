package io.clientportal.portal;

import io.clientportal.clients.Client;
import io.clientportal.kernel.Formatting;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * An issued invoice of the contact's client as a PDF, from the template of the jasper-reports module. The invoice and
 * its lines come from the scoped read model, so an invoice outside the scope (another client's, a draft, a void one)
 * renders nothing; the page carries no rate, because the read model has none. The agency's and the client's billing
 * details complete the header: the client is read by the scope's own client id, never by an id from elsewhere.
 */
@Stateless
public class InvoicePdfs {

    /**
     * Dates as the pages write them ({@link Formatting}); the template's amounts use its own {@code #,##0.00} in this
     * locale, beside the currency code, as a printed invoice lists them.
     */
    static final Locale LOCALE = Formatting.LOCALE;
    /** The logo formats the PDF exporter embeds; any other (an SVG, say) is left out rather than failing the PDF. */
    private static final Set<String> RASTER_LOGOS = Set.of("image/png", "image/jpeg", "image/gif");

    @Inject
    private PortalPersistence persistence;

    @EJB
    private PortalInvoices invoices;

    public InvoicePdfs() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    InvoicePdfs(EntityManager em) {
        this.persistence = new PortalPersistence(new TenantPersistence(em));
        this.invoices = new PortalInvoices(em);
    }

    /** The invoice's PDF; empty when the invoice is not one of the scope's issued invoices. */
    public Optional<InvoicePdf> render(long invoiceId) {
        EntityManager em = persistence.em();
        PortalScope scope = persistence.scope();
        return invoices.find(invoiceId).map(invoice -> {
            Map<String, Object> parameters = new HashMap<>();
            putAgency(parameters, em.find(Tenant.class, scope.tenantId()));
            putClient(parameters, em.find(Client.class, scope.clientId()));
            putInvoice(parameters, invoice);
            return InvoicePdf.of(invoice.getNumber(), fill(parameters, rows(invoiceId)));
        });
    }

    private static void putAgency(Map<String, Object> parameters, Tenant tenant) {
        parameters.put("AGENCY_NAME", tenant.getLegalName() != null ? tenant.getLegalName() : tenant.getName());
        parameters.put("AGENCY_ADDRESS", lines(tenant.getBillingAddress(), taxIdLine(tenant.getTaxId())));
        byte[] logo = tenant.getLogo();
        if (logo != null && RASTER_LOGOS.contains(tenant.getLogoContentType())) {
            // A stream is consumed by one fill: a fresh one per PDF.
            parameters.put("AGENCY_LOGO", new ByteArrayInputStream(logo));
        }
    }

    private static void putClient(Map<String, Object> parameters, Client client) {
        if (client == null) {
            throw new IllegalStateException("An invoice of the scope without the scope's client");
        }
        parameters.put("CLIENT_NAME", client.getName());
        parameters.put("CLIENT_BILLING_DETAILS", lines(client.getBillingAddress(), taxIdLine(client.getTaxId())));
    }

    private static void putInvoice(Map<String, Object> parameters, PortalInvoice invoice) {
        parameters.put("INVOICE_NUMBER", invoice.getNumber());
        parameters.put("ISSUE_DATE", format(invoice.getIssueDate()));
        parameters.put("DUE_DATE", format(invoice.getDueDate()));
        parameters.put("CURRENCY", invoice.getCurrency().getCurrencyCode());
        parameters.put("SUBTOTAL", invoice.getSubtotal().amount());
        parameters.put("TAX", invoice.getTax().amount());
        parameters.put("TOTAL", invoice.getTotal().amount());
        parameters.put("AMOUNT_PAID", invoice.getAmountPaid().amount());
        parameters.put("BALANCE_DUE", invoice.balanceDue().amount());
        parameters.put("REPORT_LOCALE", LOCALE);
    }

    /** One row per line, with the project's name; the fields are the template's contract. */
    private List<Map<String, ?>> rows(long invoiceId) {
        List<PortalInvoiceLine> lines = invoices.lines(invoiceId);
        Map<Long, String> projects = projectNames(lines);
        List<Map<String, ?>> rows = new ArrayList<>(lines.size());
        for (PortalInvoiceLine line : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("project", projects.get(line.getProjectId()));
            row.put("description", line.getDescription());
            row.put("hours", line.getHours() == null ? null : line.getHours().value());
            row.put("amount", line.getAmount().amount());
            rows.add(row);
        }
        return rows;
    }

    private Map<Long, String> projectNames(List<PortalInvoiceLine> lines) {
        Set<Long> ids = lines.stream().map(PortalInvoiceLine::getProjectId)
                .filter(id -> id != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return persistence.em().createQuery("select p from PortalProject p where p.id in :ids", PortalProject.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(PortalProject::getId, PortalProject::getName));
    }

    private static byte[] fill(Map<String, Object> parameters, List<Map<String, ?>> rows) {
        try {
            JasperPrint print = JasperFillManager.fillReport(Template.INVOICE, parameters,
                    new JRMapCollectionDataSource(rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("The invoice PDF could not be rendered", e);
        }
    }

    private static String format(LocalDate date) {
        return date == null ? null : Formatting.date(date);
    }

    private static String taxIdLine(String taxId) {
        return taxId == null || taxId.isBlank() ? null : "Tax ID " + taxId;
    }

    private static String lines(String... parts) {
        StringJoiner joined = new StringJoiner("\n");
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part.strip());
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }

    /**
     * The compiled template, loaded once, when the first PDF is asked for (the class initialisation is the lock). A
     * JasperReport is never changed by a fill, so every fill on every thread shares it.
     */
    private static final class Template {

        static final JasperReport INVOICE = load("/reports/invoice.jasper");

        private static JasperReport load(String resource) {
            try (InputStream compiled = InvoicePdfs.class.getResourceAsStream(resource)) {
                if (compiled == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                return (JasperReport) JRLoader.loadObject(compiled);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("The invoice template could not be loaded", e);
            }
        }
    }
}

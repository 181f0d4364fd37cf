package io.clientportal.web.portal;

import io.clientportal.web.convert.IdConverter;
import io.clientportal.portal.InvoicePdf;
import io.clientportal.portal.InvoicePdfs;
import io.clientportal.web.PdfDownload;
import io.clientportal.web.signin.SignedInAccount;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /portal/invoices/pdf?id=…}: downloads one of the signed-in contact's invoices as a PDF. The invoice is looked
 * up in the contact's own portal scope, so an id of another client's invoice, a draft or a void one is simply not
 * found; whatever is wrong with the id, the answer is the same plain 404. HEAD goes through {@code doGet} as well, so
 * it is answered exactly like GET.
 */
@WebServlet(name = "InvoicePdf", urlPatterns = "/portal/invoices/pdf")
public class InvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A request-scoped proxy: asked on every request, never the first caller's identity kept for all. */
    @Inject
    private SignedInAccount signedIn;

    @EJB
    private InvoicePdfs invoicePdfs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<InvoicePdf> pdf = IdConverter.parse(request.getParameter("id"))
                .flatMap(id -> signedIn.contact().flatMap(contact -> invoicePdfs.render(id)));
        PdfDownload.send(pdf, response);
    }
}

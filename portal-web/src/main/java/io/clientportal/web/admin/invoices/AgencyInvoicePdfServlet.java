package io.clientportal.web.admin.invoices;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.invoicing.AgencyInvoicePdfs;
import io.clientportal.web.PdfDownload;
import io.clientportal.web.convert.IdConverter;
import io.clientportal.web.signin.SignedInAccount;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /admin/invoices/pdf?id=}: staff and admins download an issued invoice's PDF of their own agency. */
@WebServlet(name = "AgencyInvoicePdf", urlPatterns = "/admin/invoices/pdf")
public class AgencyInvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A request-scoped proxy: asked on every request, never the first caller's identity kept for all. */
    @Inject
    private SignedInAccount signedIn;

    @EJB
    private AgencyInvoicePdfs pdfs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AccountIdentity> member = Optional.ofNullable(signedIn.identity());
        PdfDownload.send(IdConverter.parse(request.getParameter("id"))
                .flatMap(id -> member.flatMap(identity -> pdfs.render(id))), response);
    }
}

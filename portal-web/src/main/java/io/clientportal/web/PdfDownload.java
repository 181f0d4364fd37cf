package io.clientportal.web;

import io.clientportal.portal.InvoicePdf;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends an invoice PDF as an attachment named by the server, or a plain 404 when there is none to send: the same
 * answer whether the id was malformed, another scope's, or never existed.
 */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static void send(Optional<InvoicePdf> pdf, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = pdf.get().content();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.get().fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

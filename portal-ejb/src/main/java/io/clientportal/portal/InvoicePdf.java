package io.clientportal.portal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An invoice as a PDF document, with the file name a download offers. The name is built here from the invoice number
 * alone and holds only characters that are safe in a header and on any file system, so nothing a browser or a user
 * typed can reach the {@code Content-Disposition} header.
 */
public record InvoicePdf(String fileName, byte[] content) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern UNSAFE_CHARACTER = Pattern.compile("[^A-Za-z0-9._-]");

    public InvoicePdf {
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Not a safe file name: " + fileName);
        }
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** The PDF of the invoice with this number, offered as {@code invoice-<number>.pdf}. */
    static InvoicePdf of(String invoiceNumber, byte[] content) {
        return new InvoicePdf("invoice-" + UNSAFE_CHARACTER.matcher(invoiceNumber).replaceAll("_") + ".pdf", content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

package io.clientportal.web.convert;

import io.clientportal.kernel.Refused;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import java.util.function.Supplier;

/**
 * What the money and hours converters do alike: read a number as people type it (120,50 is 120.50), and turn the
 * value type's refusal of a bound into a message for the field.
 */
final class AmountText {

    private AmountText() {
    }

    /** The text with a decimal comma as a point; null for an empty field. */
    static String normalized(String text) {
        return text == null || text.isBlank() ? null : text.strip().replace(',', '.');
    }

    /** The value the kernel makes of the text, or a conversion error with the kernel's reason. */
    static <T> T bounded(Supplier<T> value) {
        try {
            return value.get();
        } catch (Refused beyondBounds) {
            throw refused(beyondBounds.getMessage());
        }
    }

    static ConverterException refused(String text) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}

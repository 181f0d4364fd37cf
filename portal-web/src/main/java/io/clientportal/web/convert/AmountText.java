package io.clientportal.web.convert;

import io.clientportal.kernel.Refused;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.convert.ConverterException;
import java.util.function.BiFunction;

/**
 * A number typed into a form as people write it (120, 120.5, 120,50): what the money and hours converters read alike,
 * refusing a currency sign, letters or a bound of the value type with a message for the field.
 */
final class AmountText {

    private AmountText() {
    }

    /** The value, or null for an empty field. */
    static <T> T read(UIComponent component, String text, String hint, BiFunction<String, String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.strip().replace(',', '.');
        if (!number.matches("\\d+(\\.\\d+)?")) {
            throw refused(hint);
        }
        try {
            return parse.apply(component.getId(), number);
        } catch (Refused beyondBounds) {
            throw refused(beyondBounds.getMessage());
        }
    }

    private static ConverterException refused(String text) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}

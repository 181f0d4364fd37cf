package io.clientportal.web.convert;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Optional;

/**
 * An entity id typed or sent as text: a positive whole number of at most 18 digits (so it always fits a long), or
 * nothing at all. Servlets and URL filters use {@link #parse(String)}; forms use {@code converter="id"}.
 */
@FacesConverter("id")
public class IdConverter implements Converter<Long> {

    /**
     * The id the text names; empty for anything else (a blank, a space around it, a sign, letters, too many digits):
     * an address with {@code ?id=%20456} is not invoice 456's, so it answers like any unknown id.
     */
    public static Optional<Long> parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value.strip()).orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "That is not one of the choices.", null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}

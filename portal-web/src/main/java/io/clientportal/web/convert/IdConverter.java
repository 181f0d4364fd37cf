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

    /** The id the text names; empty for anything else (a blank, a sign, letters, too many digits). */
    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        return digits.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "That is not one of the choices.", null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}

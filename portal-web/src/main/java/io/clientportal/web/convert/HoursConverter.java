package io.clientportal.web.convert;

import io.clientportal.kernel.Hours;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Every {@link Hours} field of a form: hours as a decimal number (1.5, 1,5), within {@link Hours#DIGITS}. */
@FacesConverter(forClass = Hours.class)
public class HoursConverter implements Converter<Hours> {

    @Override
    public Hours getAsObject(FacesContext context, UIComponent component, String value) {
        return AmountText.read(component, value, "Write hours as a number like 1.5 (at most two decimals).",
                Hours::parse);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Hours value) {
        return value == null ? "" : value.value().toPlainString();
    }
}

package io.clientportal.web.convert;

import io.clientportal.kernel.Digits;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Refused;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * Every {@link Hours} field of a form: a number (1.5, 1,5), within {@link Hours#DIGITS}; whether it is a sensible
 * number of hours for an entry is the entry's rule.
 */
@FacesConverter(forClass = Hours.class)
public class HoursConverter implements Converter<Hours> {

    @Override
    public Hours getAsObject(FacesContext context, UIComponent component, String value) {
        String hours = AmountText.normalized(value);
        if (hours == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = Digits.read(component.getId(), hours);
        } catch (Refused notANumber) {
            throw AmountText.refused("Hours are a number such as 1.5.");
        }
        return AmountText.bounded(() -> Hours.of(component.getId(), number));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Hours value) {
        return value == null ? "" : value.value().toPlainString();
    }
}

package io.clientportal.web.convert;

import io.clientportal.kernel.Money;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Every {@link Money} field of a form: an amount without currency sign, within {@link Money#DIGITS}. */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        return AmountText.read(component, value, "Write an amount like 120.00 (no currency sign, at most two decimals).",
                Money::parse);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : value.toString();
    }
}

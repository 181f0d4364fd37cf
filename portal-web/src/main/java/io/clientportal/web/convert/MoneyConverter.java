package io.clientportal.web.convert;

import io.clientportal.kernel.Money;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Every {@link Money} field of a form: an amount as people write it (120, 120.5, 120,50), without currency sign, sign
 * or exponent, within {@link Money#DIGITS}.
 */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        String amount = AmountText.normalized(value);
        if (amount == null) {
            return null;
        }
        if (!amount.matches("\\d+(\\.\\d+)?")) {
            throw AmountText.refused("Write an amount like 120.00 (no currency sign, at most two decimals).");
        }
        return AmountText.bounded(() -> Money.parse(component.getId(), amount));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : value.toString();
    }
}

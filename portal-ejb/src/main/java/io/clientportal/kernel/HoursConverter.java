package io.clientportal.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores {@link Hours} in a NUMERIC column with scale 2. */
@Converter(autoApply = true)
public class HoursConverter implements AttributeConverter<Hours, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Hours hours) {
        return hours == null ? null : hours.value();
    }

    @Override
    public Hours convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : new Hours(value);
    }
}

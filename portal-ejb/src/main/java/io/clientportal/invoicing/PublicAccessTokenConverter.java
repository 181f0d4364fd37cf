package io.clientportal.invoicing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PublicAccessToken} as its text. */
@Converter(autoApply = true)
public class PublicAccessTokenConverter implements AttributeConverter<PublicAccessToken, String> {

    @Override
    public String convertToDatabaseColumn(PublicAccessToken token) {
        return token == null ? null : token.value();
    }

    @Override
    public PublicAccessToken convertToEntityAttribute(String value) {
        return value == null ? null : new PublicAccessToken(value);
    }
}

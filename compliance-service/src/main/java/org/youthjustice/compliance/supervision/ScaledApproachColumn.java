package org.youthjustice.compliance.supervision;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.youthjustice.events.orders.ScaledApproach;

/** The scaled approach stored by its wire name (standard, enhanced, intensive). */
@Converter
public class ScaledApproachColumn implements AttributeConverter<ScaledApproach, String> {
    @Override
    public String convertToDatabaseColumn(ScaledApproach level) {
        return level == null ? null : level.name().toLowerCase();
    }

    @Override
    public ScaledApproach convertToEntityAttribute(String column) {
        return column == null ? null : ScaledApproach.valueOf(column.toUpperCase());
    }
}

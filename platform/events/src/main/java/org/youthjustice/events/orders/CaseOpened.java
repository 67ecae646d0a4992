package org.youthjustice.events.orders;

import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code case.opened}: a child's case exists. Carries the rule inputs allocation needs (ALC-3, ALC-4),
 * never the child's name or contact details.
 */
public record CaseOpened(
        UUID caseId,
        String localCaseReference,
        String genderIdentity,
        boolean lookedAfter,
        String locality) implements EventData {
}

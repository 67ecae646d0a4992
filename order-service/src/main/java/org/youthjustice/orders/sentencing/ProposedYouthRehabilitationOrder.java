package org.youthjustice.orders.sentencing;

import java.time.LocalDate;
import java.util.List;

/** A youth rehabilitation order as proposed to be recorded: when it comes into effect, when its requirements must be completed by, and its requirements. */
public record ProposedYouthRehabilitationOrder(LocalDate startDate, LocalDate endDate, List<RequirementTerms> requirements) {
}

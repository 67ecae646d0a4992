package org.youthjustice.orders.sentencing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The hearing an order was made at, as court outcomes recorded it. Sentencing owns this question and court
 * outcomes, above it, answers it, so sentencing never reads the court outcome itself.
 */
public interface SentencingHearings {

    /** When the child was sentenced, and whether any offence was imprisonable (X-5: the age at the finding of guilt). */
    record Sentenced(LocalDate on, boolean imprisonableOffence) {
    }

    Sentenced of(UUID outcomeId);
}

package org.youthjustice.events.transfers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code caretaking.ended}: the host stops supervising, because the child returned home or because the
 * caretaking became a full transfer (TRF-2), which then completes as its own transfer.
 */
public record CaretakingEnded(
        UUID transferId,
        String hostAuthority,
        LocalDate startDate,
        LocalDate reviewDate,
        List<String> responsibilities,
        LocalDate endDate,
        Outcome outcome) implements EventData {

    public enum Outcome {
        @JsonProperty("returned-home") RETURNED_HOME,
        @JsonProperty("converted-to-full-transfer") CONVERTED_TO_FULL_TRANSFER
    }
}

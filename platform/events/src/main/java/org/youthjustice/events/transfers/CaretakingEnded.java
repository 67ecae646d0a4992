package org.youthjustice.events.transfers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code caretaking.ended} (TRF-8): the host authority, the agreement's dates and each side's responsibilities. */
public record CaretakingEnded(
        UUID transferId,
        String hostAuthority,
        LocalDate startDate,
        LocalDate reviewDate,
        List<String> responsibilities) implements EventData {
}

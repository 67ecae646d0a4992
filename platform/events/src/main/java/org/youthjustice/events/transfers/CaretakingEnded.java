package org.youthjustice.events.transfers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code caretaking.ended} (TRF-8): the agreement that ended, and when ({@code endDate} may be absent: the event's time). */
public record CaretakingEnded(
        UUID transferId,
        String hostAuthority,
        LocalDate startDate,
        LocalDate reviewDate,
        List<String> responsibilities,
        LocalDate endDate) implements EventData {
}

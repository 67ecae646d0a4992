package org.youthjustice.events.compliance;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code absence.judged} (CMP-2, CMP-3). */
public record AbsenceJudged(UUID absenceId, boolean acceptable, EvidenceKind evidence, boolean exceptionUsed)
        implements EventData {
}

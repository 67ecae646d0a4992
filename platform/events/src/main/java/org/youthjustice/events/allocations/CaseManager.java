package org.youthjustice.events.allocations;

import java.util.UUID;

/** The allocated case manager: a worker id with the band (A, B, C, YJSO…) and team that the rules read. */
public record CaseManager(UUID workerId, String band, String team) {
}

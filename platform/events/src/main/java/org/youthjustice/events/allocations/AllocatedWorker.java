package org.youthjustice.events.allocations;

import java.util.UUID;

/** A worker with their role on a case: {@code case-manager}, {@code co-worker}, {@code cover}, {@code rj-worker}… */
public record AllocatedWorker(UUID workerId, String role) {
}

package org.youthjustice.allocation.requests;

import java.util.UUID;

/**
 * What a reallocation asks of the internal transfers (ALC-10): whether one of the case is under way, in
 * which case the case moves at the transfer's three-way meeting and is not reallocated meanwhile. Owned
 * here, implemented by the internal transfer package above, so that this package does not depend on it.
 */
public interface TransfersUnderWay {
    /** Whether a transfer of the case is under way (proposed, escalated, endorsed or allocated). */
    boolean underWay(UUID caseId);
}

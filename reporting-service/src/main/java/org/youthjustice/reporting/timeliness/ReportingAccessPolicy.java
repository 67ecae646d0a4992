package org.youthjustice.reporting.timeliness;

import java.util.Set;

/**
 * What a caller may see of the timeliness figures, from the verified token's roles and authority only (X-1, ROLES.md
 * "partnership statistics"):
 * <ul>
 * <li>a partnership analyst: every authority's figures, with every count below 5 suppressed, and no case;</li>
 * <li>a service or team manager: the partnership's and every authority's figures, those of other authorities
 * suppressed as the analyst sees them, their own authority's in full and down to its cases;</li>
 * <li>anyone else: nothing (their work lists show their own deadlines).</li>
 * </ul>
 * A figure is shown in full only where the caller may read every case behind it: a row of their own authority alone.
 */
public final class ReportingAccessPolicy {
    public static final String PARTNERSHIP_ANALYST = "partnership-analyst";
    public static final String SERVICE_MANAGER = "service-manager";
    public static final String TEAM_MANAGER = "team-manager";

    private ReportingAccessPolicy() {
    }

    /** The decision for one caller, with its reason (shown in the answer, so a reader knows why a cell is hidden). */
    public record Access(boolean figures, String ownAuthority, boolean cases, String reason) {

        /** Whether a row covering {@code authority} (null: several authorities together) is shown in full. */
        public boolean inFull(String authority) {
            return cases && authority != null && authority.equals(ownAuthority);
        }
    }

    public static Access decide(Set<String> roles, String authority) {
        if (roles.contains(SERVICE_MANAGER) || roles.contains(TEAM_MANAGER)) {
            return new Access(true, authority, true, "a manager sees their own authority's figures in full and its cases; "
                    + "the partnership's and other authorities' figures with counts below 5 suppressed");
        }
        if (roles.contains(PARTNERSHIP_ANALYST)) {
            return new Access(true, authority, false, "a partnership analyst sees every authority's figures with counts "
                    + "below 5 suppressed, and no case");
        }
        return new Access(false, authority, false, "only managers and partnership analysts read partnership statistics");
    }
}

package org.youthjustice.reporting.timeliness;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the timeliness figures: a rule's time limits due in one month, for the partnership, an authority or a team. */
@Schema(name = "TimelinessRow", description = "A rule's time limits due in one month, at the level asked for. A count "
        + "is null where it is suppressed (fewer than 5, or complementary: see `suppressed`).")
public record TimelinessRow(
        @Schema(description = "The rule of the time limit (RULES.md)", example = "MIL-4") String rule,
        @Schema(description = "The authority; null in a partnership row", nullable = true, example = "wokingham") String authority,
        @Schema(description = "The team; null in a partnership or authority row, and for time limits not yet with a team "
                + "(`teamless` true)", nullable = true, example = "community-orders") String team,
        @Schema(description = "In a team row: the time limits held by no team yet (the case not yet allocated)") boolean teamless,
        @Schema(description = "The month the time limits fell due, YYYY-MM", example = "2026-11") String month,
        @Schema(description = "Time limits due in the month that apply", nullable = true) Long due,
        @Schema(description = "Of those, met by their due time", nullable = true) Long metOnTime,
        @Schema(description = "Of those, met after their due time", nullable = true) Long metLate,
        @Schema(description = "Of those, not met and past their due time now", nullable = true) Long overdue,
        @Schema(description = "Of those, not met and not yet due", nullable = true) Long notYetDue,
        @Schema(description = "Time limits of the month closed as not applying to the child", nullable = true) Long notApplicable,
        @Schema(description = "Why they did not apply, counted") List<ReasonCount> notApplicableReasons,
        @Schema(description = "Met on time out of those met or overdue (the decided ones), 0 to 1; null where a count "
                + "behind it is suppressed or none is decided", nullable = true) Double onTimeRate,
        @Schema(description = "The figures suppressed in this row, each shown as \"fewer than 5\"") List<String> suppressed) {

    @Schema(name = "ReasonCount", description = "A reason a time limit did not apply, and how many")
    public record ReasonCount(String reason, @Schema(nullable = true) Long count, boolean suppressed) {
    }
}

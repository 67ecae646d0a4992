package org.youthjustice.kernel.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/**
 * How a deadline's due date was worked out, for the practitioner who must meet it and the partner system that shows
 * it: the day it was triggered, the time limit and the policy version that set it, and the days a count of working
 * days skipped (weekends, and bank holidays by name). The same answer in the API as in the console.
 */
@Schema(description = "How the due date was worked out: trigger, time limit, policy version, and the days skipped")
public record DeadlineExplanation(
        @Schema(description = "The day the obligation arose (UK date)", example = "2026-12-24") LocalDate triggeredOn,
        @Schema(description = "The time limit as the policy sets it", example = "3 working-days") String timeLimit,
        @Schema(description = "The policy version that set the due date", example = "wokingham@114d01162bbd") String policyVersion,
        @Schema(example = "2026-12-31") LocalDate dueDate,
        @Schema(description = "The days a count of working days skipped between the trigger and the due date")
        List<WorkingDayCalendar.DayOff> skipped,
        @Schema(description = "The same in one sentence", example = "Triggered on 2026-12-24; 3 working-days under policy "
                + "wokingham@114d01162bbd: due 2026-12-31. Not counted: 2026-12-25 (bank holiday: Christmas Day), "
                + "2026-12-26 (Saturday), 2026-12-27 (Sunday), 2026-12-28 (bank holiday: Boxing Day).")
        String summary) {

    /** The explanation of a deadline triggered at {@code triggeredAt} under {@code timeLimit}, due {@code dueDate}. */
    public static DeadlineExplanation of(WorkingDayCalendar calendar, Instant triggeredAt, String timeLimit, LocalDate dueDate,
            String policyVersion) {
        LocalDate triggeredOn = triggeredAt == null ? null : triggeredAt.atZone(DeadlineCalculator.LONDON).toLocalDate();
        List<WorkingDayCalendar.DayOff> skipped = triggeredOn != null && dueDate != null && countsWorkingDays(timeLimit)
                ? calendar.daysOffBetween(triggeredOn, dueDate) : List.of();
        StringBuilder summary = new StringBuilder();
        if (triggeredOn != null) {
            summary.append("Triggered on ").append(triggeredOn).append("; ");
        }
        summary.append(timeLimit == null ? "time limit not recorded" : timeLimit);
        if (policyVersion != null) {
            summary.append(" under policy ").append(policyVersion);
        }
        summary.append(": due ").append(dueDate).append('.');
        if (!skipped.isEmpty()) {
            summary.append(" Not counted: ").append(skipped.stream().map(day -> day.date() + " (" + day.reason() + ")")
                    .collect(Collectors.joining(", "))).append('.');
        }
        return new DeadlineExplanation(triggeredOn, timeLimit, policyVersion, dueDate, skipped, summary.toString());
    }

    /** Only a limit in working days skips days; one kept from an older format that no longer parses skips none. */
    private static boolean countsWorkingDays(String timeLimit) {
        try {
            return timeLimit != null && TimeLimit.parse(timeLimit).unit() == TimeUnitKind.WORKING_DAYS;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}

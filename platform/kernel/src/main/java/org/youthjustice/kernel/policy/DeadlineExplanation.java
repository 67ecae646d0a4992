package org.youthjustice.kernel.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/**
 * How a deadline's due date was worked out, for the practitioner who must meet it and the partner system that shows
 * it: the rule, what triggered it and when, the time limit and the policy version that set it, and the days a count of
 * working days did not count (weekends, and bank holidays by name). One shape in every service's API and in the
 * console (victim-service's contact tasks first had it).
 */
@Schema(description = "How the due date was worked out: trigger, time limit, policy version, and the days not counted")
public record DeadlineExplanation(
        @Schema(example = "MIL-2") String rule,
        @Schema(description = "What started the time limit, in words", example = "the case's allocation") String trigger,
        @Schema(description = "When it started", example = "2026-12-24T10:00:00Z") Instant triggeredAt,
        @Schema(description = "The time limit as the policy sets it", example = "3 working-days") String timeLimit,
        @Schema(description = "The policy version that set the due date; null where the limit is the platform's own",
                example = "wokingham@114d01162bbd") String policyVersion,
        @Schema(example = "2026-12-31") LocalDate dueDate,
        @Schema(description = "The days a count of working days did not count, between the trigger and the due date")
        List<SkippedDay> skipped,
        @Schema(description = "The same in one sentence", example = "MIL-2: 3 working-days from the case's allocation "
                + "(2026-12-24), under policy wokingham@114d01162bbd: due by the end of 2026-12-31, not counting "
                + "2026-12-25 (Christmas), 2026-12-26 (Saturday), 2026-12-27 (Sunday), 2026-12-28 (Boxing Day)")
        String summary) {

    /** A day not counted: {@code why} is {@code weekend} or {@code bank holiday}; {@code name} the day's or the holiday's. */
    public record SkippedDay(@Schema(example = "2026-12-25") LocalDate date,
            @Schema(enumeration = { "weekend", "bank holiday" }) String why,
            @Schema(example = "Christmas") String name) {
    }

    /**
     * The explanation of {@code rule}'s deadline, triggered by {@code trigger} at {@code triggeredAt} under
     * {@code timeLimit} and due {@code dueDate}. Only a limit in working days skips days; one in days, weeks or
     * months counts every day, and one that does not parse (an older format) is explained without them.
     */
    public static DeadlineExplanation of(WorkingDayCalendar calendar, String rule, String trigger, Instant triggeredAt,
            String timeLimit, LocalDate dueDate, String policyVersion) {
        LocalDate from = triggeredAt == null ? null : triggeredAt.atZone(DeadlineCalculator.LONDON).toLocalDate();
        List<SkippedDay> skipped = from != null && dueDate != null && countsWorkingDays(timeLimit)
                ? calendar.daysOffBetween(from, dueDate).stream()
                        .map(day -> new SkippedDay(day.date(), day.bankHoliday() ? "bank holiday" : "weekend", day.name()))
                        .toList()
                : List.of();
        StringBuilder summary = new StringBuilder(rule).append(": ")
                .append(timeLimit == null ? "a time limit not recorded" : timeLimit);
        if (trigger != null || from != null) {
            summary.append(" from ").append(trigger == null ? "the trigger" : trigger);
            if (from != null) {
                summary.append(" (").append(from).append(')');
            }
        }
        if (policyVersion != null) {
            summary.append(", under policy ").append(policyVersion);
        }
        summary.append(": due by the end of ").append(dueDate);
        if (!skipped.isEmpty()) {
            summary.append(", not counting ").append(skipped.stream().map(day -> day.date() + " (" + day.name() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return new DeadlineExplanation(rule, trigger, triggeredAt, timeLimit, policyVersion, dueDate, skipped, summary.toString());
    }

    private static boolean countsWorkingDays(String timeLimit) {
        try {
            return timeLimit != null && TimeLimit.parse(timeLimit).unit() == TimeUnitKind.WORKING_DAYS;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}

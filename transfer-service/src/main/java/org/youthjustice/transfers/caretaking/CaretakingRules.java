package org.youthjustice.transfers.caretaking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.youthjustice.problem.Violation;

/**
 * Caretaking's rules (TRF-2, TRF-8, TRF-9, TRF-14, TRF-15) as decisions over what they are given. Pure:
 * {@link Caretaking} loads, saves and announces.
 */
public final class CaretakingRules {
    /** Words that name a court duty (TRF-14): a responsibility naming one is never the host's. */
    private static final List<String> COURT_DUTY_WORDS = List.of("breach proceedings", "pre-sentence report", "court report",
            "report to court", "reports to court", "enforcement decision");

    private CaretakingRules() {
    }

    /** Whose side of a caretaking a caller is on. */
    public enum Side {
        HOME, HOST
    }

    /**
     * TRF-8, TRF-14: an agreement's terms. The review date falls after the start and no later than
     * {@code latestReviewDate} (3 months after acceptance, the home's policy); the start is not before the
     * acceptance; the host takes no court duty.
     */
    public static List<Violation> terms(LocalDate acceptedOn, LocalDate startDate, LocalDate reviewDate, LocalDate latestReviewDate,
            List<String> hostResponsibilities, List<String> homeResponsibilities) {
        List<Violation> violations = new ArrayList<>();
        if (startDate.isBefore(acceptedOn)) {
            violations.add(Violation.ofRule("TRF-8", "startDate", "caretaking starts on or after the acceptance of " + acceptedOn));
        }
        if (!reviewDate.isAfter(startDate)) {
            violations.add(Violation.ofRule("TRF-8", "reviewDate", "the review falls after the start date " + startDate));
        }
        if (reviewDate.isAfter(latestReviewDate)) {
            violations.add(Violation.ofRule("TRF-8", "reviewDate", "the review is no later than 3 months after acceptance: "
                    + latestReviewDate + " at the latest"));
        }
        if (hostResponsibilities.isEmpty() || homeResponsibilities.isEmpty()) {
            violations.add(Violation.ofRule("TRF-8", "responsibilities", "the agreement names the responsibilities of each side"));
        }
        for (int i = 0; i < hostResponsibilities.size(); i++) {
            String text = hostResponsibilities.get(i).toLowerCase(Locale.UK);
            if (COURT_DUTY_WORDS.stream().anyMatch(text::contains)) {
                violations.add(Violation.ofRule("TRF-14", "hostResponsibilities[" + i + "]", "court duties (reports, enforcement "
                        + "decisions, breach proceedings) stay with the home authority during caretaking"));
            }
        }
        return violations;
    }

    /** TRF-8: each side signs once, and only an agreement that both have not yet signed is changed. */
    public static List<Violation> signable(boolean alreadySigned, boolean ended) {
        if (ended) {
            return List.of(Violation.ofRule("TRF-8", "agreement", "this caretaking has ended"));
        }
        return alreadySigned ? List.of(Violation.ofRule("TRF-8", "agreement", "your authority has signed this agreement already"))
                : List.of();
    }

    /**
     * TRF-2: a child resident in the host area for 3 months ({@code presumptionDate}) and likely to remain for the
     * rest of the order raises a presumption of full transfer.
     */
    public static boolean presumptionOfFullTransfer(LocalDate today, LocalDate presumptionDate, boolean likelyToRemain,
            boolean ended) {
        return !ended && likelyToRemain && !today.isBefore(presumptionDate);
    }

    /** TRF-2: caretaking beyond 3 months from its start ({@code threeMonthsOn}) needs a recorded reason. */
    public static boolean continuationReasonMissing(LocalDate today, LocalDate threeMonthsOn, String reason, boolean ended) {
        return !ended && today.isAfter(threeMonthsOn) && (reason == null || reason.isBlank());
    }

    /**
     * TRF-9: the next contact record is due {@code everyDays} after the last one (or after the start when none
     * came yet); overdue when that day has passed without one.
     */
    public static LocalDate nextContactRecordDue(LocalDate startDate, LocalDate lastContactOn, int everyDays) {
        LocalDate from = lastContactOn == null || lastContactOn.isBefore(startDate) ? startDate : lastContactOn;
        return from.plusDays(everyDays);
    }

    /** What the host sends during caretaking. */
    public enum ReportKind {
        @com.fasterxml.jackson.annotation.JsonProperty("contact") CONTACT,
        @com.fasterxml.jackson.annotation.JsonProperty("non-compliance") NON_COMPLIANCE,
        @com.fasterxml.jackson.annotation.JsonProperty("stage-update") STAGE_UPDATE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** TRF-9, TRF-15: the host sends reports, on a caretaking both sides signed and that has not ended. */
    public static List<Violation> reportable(Side side, boolean inForce, ReportKind kind, String stage) {
        List<Violation> violations = new ArrayList<>();
        String rule = kind == ReportKind.STAGE_UPDATE ? "TRF-15" : "TRF-9";
        if (side != Side.HOST) {
            violations.add(Violation.ofRule(rule, "kind", "the host authority sends " + kind.wireName() + " reports to the home authority"));
        }
        if (!inForce) {
            violations.add(Violation.ofRule("TRF-8", "agreement", "caretaking is in force once both sides signed the agreement, "
                    + "until it ends"));
        }
        if (kind == ReportKind.STAGE_UPDATE && (stage == null || stage.isBlank())) {
            violations.add(Violation.ofRule("TRF-15", "stage", "a stage update names its stage (assessment or plan)"));
        }
        return violations;
    }

    /**
     * TRF-14, TRF-15: the home authority answers a host's report once: accepts or rejects a stage update, with
     * reasons (TRF-15); decides on reported non-compliance (TRF-14: enforcement decisions are the home's). A
     * contact record needs no answer.
     */
    public static List<Violation> answerable(Side side, ReportKind kind, boolean answered, String answer) {
        List<Violation> violations = new ArrayList<>();
        String rule = kind == ReportKind.STAGE_UPDATE ? "TRF-15" : "TRF-14";
        if (kind == ReportKind.CONTACT) {
            return List.of(Violation.ofRule("TRF-9", "report", "a contact record needs no answer"));
        }
        if (side != Side.HOME) {
            violations.add(Violation.ofRule(rule, "answer", kind == ReportKind.STAGE_UPDATE
                    ? "the home authority accepts or rejects the host's stage updates"
                    : "enforcement decisions stay with the home authority during caretaking; the host acts on them"));
        }
        if (answered) {
            violations.add(Violation.ofRule(rule, "answer", "this report has been answered already"));
        }
        if (kind == ReportKind.STAGE_UPDATE && !"accepted".equals(answer) && !"rejected".equals(answer)) {
            violations.add(Violation.ofRule("TRF-15", "answer", "a stage update is accepted or rejected"));
        }
        return violations;
    }

    /** TRF-14: the host records that it acted on the home authority's compliance decision. */
    public static List<Violation> actionable(Side side, ReportKind kind, boolean decided, boolean actedOn) {
        List<Violation> violations = new ArrayList<>();
        if (kind != ReportKind.NON_COMPLIANCE) {
            violations.add(Violation.ofRule("TRF-14", "report", "only a compliance decision is acted on"));
        }
        if (side != Side.HOST) {
            violations.add(Violation.ofRule("TRF-14", "report", "the host acts on the home authority's compliance decisions"));
        }
        if (!decided) {
            violations.add(Violation.ofRule("TRF-14", "report", "the home authority has not decided yet"));
        }
        if (actedOn) {
            violations.add(Violation.ofRule("TRF-14", "report", "already recorded as acted on"));
        }
        return violations;
    }
}

package org.youthjustice.transfers.caretaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.caretaking.CaretakingRules.ReportKind;
import org.youthjustice.transfers.caretaking.CaretakingRules.Side;

class CaretakingRulesTest {
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 11, 24);
    private static final LocalDate LATEST_REVIEW = LocalDate.of(2027, 2, 24);

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    @DisplayName("TRF-8: the review no later than 3 months after acceptance, after the start; the start not before acceptance")
    void agreementDates() {
        assertThat(CaretakingRules.terms(ACCEPTED, ACCEPTED, LATEST_REVIEW, LATEST_REVIEW, AppendixB.HOST, AppendixB.HOME)).isEmpty();
        assertThat(rules(CaretakingRules.terms(ACCEPTED, ACCEPTED, LATEST_REVIEW.plusDays(1), LATEST_REVIEW, AppendixB.HOST,
                AppendixB.HOME))).containsExactly("TRF-8");
        assertThat(rules(CaretakingRules.terms(ACCEPTED, ACCEPTED.minusDays(1), ACCEPTED.minusDays(1), LATEST_REVIEW,
                AppendixB.HOST, AppendixB.HOME))).containsExactly("TRF-8", "TRF-8");
        assertThat(rules(CaretakingRules.terms(ACCEPTED, ACCEPTED, LATEST_REVIEW, LATEST_REVIEW, List.of(), AppendixB.HOME)))
                .containsExactly("TRF-8");
    }

    @Test
    @DisplayName("TRF-14: a court duty given to the host is refused, Appendix B's defaults are not")
    void courtDutiesStayHome() {
        List<Violation> violations = CaretakingRules.terms(ACCEPTED, ACCEPTED, LATEST_REVIEW, LATEST_REVIEW,
                List.of("Subsequent assessments", "List for breach proceedings", "Write the pre-sentence report"), AppendixB.HOME);
        assertThat(rules(violations)).containsExactly("TRF-14", "TRF-14");
        assertThat(violations).extracting(Violation::field).containsExactly("hostResponsibilities[1]", "hostResponsibilities[2]");
        assertThat(AppendixB.COURT_DUTIES).isNotEmpty();
    }

    @Test
    @DisplayName("TRF-8: each side signs once; an ended caretaking is not signed")
    void signing() {
        assertThat(CaretakingRules.signable(false, false)).isEmpty();
        assertThat(rules(CaretakingRules.signable(true, false))).containsExactly("TRF-8");
        assertThat(rules(CaretakingRules.signable(false, true))).containsExactly("TRF-8");
    }

    @Test
    @DisplayName("TRF-2: resident 3 months and likely to remain presumes a full transfer; past 3 months without a reason is flagged")
    void presumptionOfFullTransfer() {
        LocalDate presumed = LocalDate.of(2027, 2, 24);
        assertThat(CaretakingRules.presumptionOfFullTransfer(presumed.minusDays(1), presumed, true, false)).isFalse();
        assertThat(CaretakingRules.presumptionOfFullTransfer(presumed, presumed, true, false)).isTrue();
        assertThat(CaretakingRules.presumptionOfFullTransfer(presumed, presumed, false, false)).isFalse();
        assertThat(CaretakingRules.presumptionOfFullTransfer(presumed, presumed, true, true)).isFalse();

        assertThat(CaretakingRules.continuationReasonMissing(presumed, presumed, null, false)).isFalse();
        assertThat(CaretakingRules.continuationReasonMissing(presumed.plusDays(1), presumed, null, false)).isTrue();
        assertThat(CaretakingRules.continuationReasonMissing(presumed.plusDays(1), presumed, "placement ends in March", false)).isFalse();
    }

    @Test
    @DisplayName("TRF-9: the next contact record is due the agreed number of days after the last, or after the start")
    void contactRecordsDue() {
        LocalDate start = LocalDate.of(2026, 11, 30);
        assertThat(CaretakingRules.nextContactRecordDue(start, null, 7)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(CaretakingRules.nextContactRecordDue(start, LocalDate.of(2026, 12, 4), 7)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(CaretakingRules.nextContactRecordDue(start, LocalDate.of(2026, 11, 20), 14)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    @DisplayName("TRF-9, TRF-15: only the host sends reports, on caretaking in force; a stage update names its stage")
    void reports() {
        assertThat(CaretakingRules.reportable(Side.HOST, true, ReportKind.CONTACT, null)).isEmpty();
        assertThat(rules(CaretakingRules.reportable(Side.HOME, true, ReportKind.CONTACT, null))).containsExactly("TRF-9");
        assertThat(rules(CaretakingRules.reportable(Side.HOST, false, ReportKind.NON_COMPLIANCE, null))).containsExactly("TRF-8");
        assertThat(rules(CaretakingRules.reportable(Side.HOST, true, ReportKind.STAGE_UPDATE, " "))).containsExactly("TRF-15");
    }

    @Test
    @DisplayName("TRF-14, TRF-15: the home answers once; stage updates are accepted or rejected; the host acts on decisions")
    void answers() {
        assertThat(CaretakingRules.answerable(Side.HOME, ReportKind.STAGE_UPDATE, false, "accepted")).isEmpty();
        assertThat(rules(CaretakingRules.answerable(Side.HOME, ReportKind.STAGE_UPDATE, false, "maybe"))).containsExactly("TRF-15");
        assertThat(rules(CaretakingRules.answerable(Side.HOST, ReportKind.STAGE_UPDATE, false, "accepted"))).containsExactly("TRF-15");
        assertThat(rules(CaretakingRules.answerable(Side.HOST, ReportKind.NON_COMPLIANCE, false, "first warning")))
                .containsExactly("TRF-14");
        assertThat(rules(CaretakingRules.answerable(Side.HOME, ReportKind.NON_COMPLIANCE, true, "first warning")))
                .containsExactly("TRF-14");
        assertThat(rules(CaretakingRules.answerable(Side.HOME, ReportKind.CONTACT, false, "ok"))).containsExactly("TRF-9");

        assertThat(CaretakingRules.actionable(Side.HOST, ReportKind.NON_COMPLIANCE, true, false)).isEmpty();
        assertThat(rules(CaretakingRules.actionable(Side.HOME, ReportKind.NON_COMPLIANCE, true, false))).containsExactly("TRF-14");
        assertThat(rules(CaretakingRules.actionable(Side.HOST, ReportKind.NON_COMPLIANCE, false, false))).containsExactly("TRF-14");
    }
}

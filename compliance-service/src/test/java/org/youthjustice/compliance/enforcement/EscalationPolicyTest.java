package org.youthjustice.compliance.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.enforcement.EscalationPolicy.Step;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class EscalationPolicyTest {
    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Test
    @DisplayName("CMP-5, CMP-6, CMP-7: the first unacceptable absence brings a warning, the second a second warning and a "
            + "compliance meeting, the third the breach letter and proceedings; none once breach is under way")
    void stepsByCount() {
        assertThat(EscalationPolicy.stepsFor(1, false, false)).containsExactly(Step.FIRST_WARNING);
        assertThat(EscalationPolicy.stepsFor(2, false, false)).containsExactly(Step.SECOND_WARNING, Step.COMPLIANCE_MEETING);
        assertThat(EscalationPolicy.stepsFor(3, false, false)).containsExactly(Step.BREACH_LETTER, Step.BREACH_PROCEEDINGS);
        assertThat(EscalationPolicy.stepsFor(4, false, true)).isEmpty();
        assertThat(EscalationPolicy.stepsFor(0, false, false)).isEmpty();
    }

    @Test
    @DisplayName("CMP-8: under an out-of-court disposal the third brings the police notification instead of breach")
    void outOfCourt() {
        assertThat(EscalationPolicy.stepsFor(3, true, false)).containsExactly(Step.POLICE_NOTIFICATION);
        assertThat(EscalationPolicy.stepsFor(1, true, false)).containsExactly(Step.FIRST_WARNING);
    }

    @ParameterizedTest(name = "{0}: missed at {1} London → due {2}")
    @CsvSource({
            // Christmas Day is a Friday in 2026 and Boxing Day's substitute is Monday 28 December
            "CMP-4, 2026-12-24T16:00, 2026-12-29",
            "CMP-4, 2026-11-20T16:00, 2026-11-23",
            // Easter 2027: Good Friday 26 March to Easter Monday 29 March
            "CMP-4, 2027-03-25T16:00, 2027-03-30",
            "CMP-6, 2026-12-22T16:00, 2027-01-01",
            "CMP-7-initiation, 2026-12-23T16:00, 2026-12-28" })
    @DisplayName("CMP-4, CMP-6, CMP-7: follow-up in 1 working day, compliance meeting in 10 days, breach proceedings in 5 days, "
            + "over Christmas, a weekend and the Easter bank holiday weekend")
    void dueDates(String key, String missedAt, LocalDate due) {
        var missed = ZonedDateTime.of(java.time.LocalDateTime.parse(missedAt), DeadlineCalculator.LONDON).toInstant();

        assertThat(deadlines.deadline(policies.policyOf("wokingham"), key, missed).dueDate()).isEqualTo(due);
    }

    @Test
    @DisplayName("The time limits the steps use are the policy's CMP-6 and CMP-7 keys")
    void stepsUseThePolicyKeys() {
        assertThat(Step.COMPLIANCE_MEETING.policyKey()).isEqualTo("CMP-6");
        assertThat(Step.BREACH_PROCEEDINGS.policyKey()).isEqualTo("CMP-7-initiation");
        assertThat(Step.FIRST_WARNING.policyKey()).isNull();
    }
}

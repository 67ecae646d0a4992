package org.youthjustice.allocation.coallocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.problem.Violation;

class CoAllocationRulesTest {
    @Test
    @DisplayName("ALC-6: high or very high RoSH or SaW is the risk at which a co-worker may be needed; medium, low or unassessed is not")
    void highRiskIsHighOrVeryHighRoshOrSaw() {
        assertThat(CoAllocationRules.highRisk(RiskLevel.HIGH, RiskLevel.LOW)).isTrue();
        assertThat(CoAllocationRules.highRisk(RiskLevel.LOW, RiskLevel.VERY_HIGH)).isTrue();
        assertThat(CoAllocationRules.highRisk(null, RiskLevel.HIGH)).isTrue();
        assertThat(CoAllocationRules.highRisk(RiskLevel.MEDIUM, RiskLevel.MEDIUM)).isFalse();
        assertThat(CoAllocationRules.highRisk(null, null)).isFalse();
    }

    @Test
    @DisplayName("ALC-6: a high-risk case held by a Band A worker or a YJSO needs an accountable co-worker; by anyone more senior it does not")
    void bandAAndYjsoCaseManagersNeedACoWorker() {
        assertThat(CoAllocationRules.needsAccountableCoWorker(Grade.BAND_A)).isTrue();
        assertThat(CoAllocationRules.needsAccountableCoWorker(Grade.YJSO)).isTrue();
        assertThat(CoAllocationRules.needsAccountableCoWorker(Grade.BAND_B)).isFalse();
        assertThat(CoAllocationRules.needsAccountableCoWorker(Grade.BAND_C)).isFalse();
    }

    @Test
    @DisplayName("ALC-6: the co-allocation says why it is raised, naming the risk and the case manager's grade")
    void theReasonNamesTheRiskAndTheGrade() {
        assertThat(CoAllocationRules.reason(RiskLevel.VERY_HIGH, null, Grade.YJSO)).isEqualTo("re-assessed RoSH very-high, SaW not "
                + "assessed while held by a yjso case manager: co-allocate a Band B worker or advanced practitioner (ALC-6)");
    }

    @Test
    @DisplayName("ALC-6: the co-worker is a Band B worker or an advanced practitioner; a Band C brings management supervision")
    void theCoWorkerIsBandBOrBandC() {
        assertThat(CoAllocationRules.coWorker(Grade.BAND_B)).isEmpty();
        assertThat(CoAllocationRules.coWorker(Grade.BAND_C)).isEmpty();
        assertThat(CoAllocationRules.coWorker(Grade.BAND_A)).contains(Violation.ofRule("ALC-6", "workerId",
                "a co-worker for a high-risk case is a Band B worker or an advanced practitioner (Band C); this is band-a"));
        assertThat(CoAllocationRules.coWorker(Grade.STUDENT)).map(Violation::rule).contains("ALC-6");
        assertThat(CoAllocationRules.managementSupervision(Grade.BAND_C)).isTrue();
        assertThat(CoAllocationRules.managementSupervision(Grade.BAND_B)).isFalse();
    }
}

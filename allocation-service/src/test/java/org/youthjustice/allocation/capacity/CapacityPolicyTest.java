package org.youthjustice.allocation.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.events.orders.RiskLevel;

class CapacityPolicyTest {
    private static final CapacityPolicy POLICY = new CapacityPolicy(
            Map.of("youth-rehabilitation-order", new BigDecimal("3"), "referral-order", new BigDecimal("2"),
                    "detention-and-training-order", new BigDecimal("4")),
            Map.of("low", BigDecimal.ONE, "medium", new BigDecimal("1.5"), "high", new BigDecimal("2"), "very-high",
                    new BigDecimal("2.5")),
            Map.of("band-a", new BigDecimal("36"), "band-b", new BigDecimal("40")), new BigDecimal("0.5"), 90,
            new BigDecimal("37"));

    private static HeldCase held(String kind, RiskLevel rosh, RiskLevel saw, HeldCase.Role role) {
        HeldCase held = new HeldCase();
        held.caseId = UUID.randomUUID();
        held.kind = kind;
        held.rosh = rosh;
        held.saw = saw;
        held.role = role;
        held.heldSince = Instant.parse("2026-10-01T09:00:00Z");
        return held;
    }

    @Test
    @DisplayName("ALC-1: a case weighs its kind's points times its higher risk, a co-worker half, each with its sum")
    void casesWeighByKindAndRisk() {
        var line = POLICY.weigh(held("youth-rehabilitation-order", RiskLevel.MEDIUM, RiskLevel.HIGH, HeldCase.Role.CASE_MANAGER));
        assertThat(line.points()).isEqualByComparingTo("6");
        assertThat(line.sum()).isEqualTo("youth-rehabilitation-order 3 × high risk 2 = 6");

        var coWorker = POLICY.weigh(held("detention-and-training-order", RiskLevel.VERY_HIGH, null, HeldCase.Role.CO_WORKER));
        assertThat(coWorker.points()).isEqualByComparingTo("5");
        assertThat(coWorker.sum()).isEqualTo("detention-and-training-order 4 × very-high risk 2.5 × co-worker 0.5 = 5");

        // not yet assessed: weighed as low
        assertThat(POLICY.weigh(held("referral-order", null, null, HeldCase.Role.CASE_MANAGER)).points()).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName("ALC-1: a part-time Band A worker's caseload against their share of the grade's points, as a percentage")
    void workerCapacityAgainstTheirHours() {
        var capacity = POLICY.of(Grade.BAND_A, new BigDecimal("22.2"), List.of(
                held("youth-rehabilitation-order", RiskLevel.MEDIUM, RiskLevel.LOW, HeldCase.Role.CASE_MANAGER),
                held("referral-order", RiskLevel.LOW, RiskLevel.LOW, HeldCase.Role.CASE_MANAGER),
                held("youth-rehabilitation-order", RiskLevel.HIGH, RiskLevel.HIGH, HeldCase.Role.CO_WORKER)));
        // 36 × 22.2 / 37 = 21.6 points; 4.5 + 2 + 3 = 9.5 held
        assertThat(capacity.available()).isEqualByComparingTo("21.6");
        assertThat(capacity.availableSum()).isEqualTo("band-a 36 points full time × 22.2 of 37 hours = 21.6");
        assertThat(capacity.held()).isEqualByComparingTo("9.5");
        assertThat(capacity.percent()).isEqualTo(44);
        assertThat(capacity.cases()).hasSize(3);
    }

    @Test
    @DisplayName("ALC-1: a team over its threshold is flagged for the service manager; at it, it is not")
    void teamThreshold() {
        var full = POLICY.of(Grade.BAND_B, new BigDecimal("37"), java.util.Collections.nCopies(10,
                held("detention-and-training-order", RiskLevel.LOW, RiskLevel.LOW, HeldCase.Role.CASE_MANAGER)));
        var light = POLICY.of(Grade.BAND_B, new BigDecimal("37"), java.util.Collections.nCopies(8,
                held("referral-order", RiskLevel.HIGH, RiskLevel.LOW, HeldCase.Role.CASE_MANAGER)));
        // 40 + 32 of 80 = 90%
        var atThreshold = POLICY.team(List.of(full, light));
        assertThat(atThreshold.percent()).isEqualTo(90);
        assertThat(atThreshold.overThreshold()).isFalse();

        var heavier = POLICY.of(Grade.BAND_B, new BigDecimal("37"), java.util.Collections.nCopies(9,
                held("referral-order", RiskLevel.HIGH, RiskLevel.LOW, HeldCase.Role.CASE_MANAGER)));
        var over = POLICY.team(List.of(full, heavier));
        assertThat(over.percent()).isEqualTo(95);
        assertThat(over.overThreshold()).isTrue();
        assertThat(over.reason()).contains("service manager (ALC-1)");
    }
}

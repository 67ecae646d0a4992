package org.youthjustice.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

class PolicyCatalogueTest {
    private final DeadlineCalculator calculator = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());

    @Test
    @DisplayName("X-3: the defaults are those of RULES.md")
    void theDefaultsAreThoseOfTheRuleCatalogue() {
        Policy policy = PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham");

        assertThat(policy.limit("MIL-1")).hasToString("2 working-days");
        assertThat(policy.limit("MIL-2")).hasToString("3 working-days");
        assertThat(policy.limit("MIL-4")).hasToString("15 days");
        assertThat(policy.limit("MIL-4-repeat")).hasToString("3 months");
        assertThat(policy.limit("MIL-14-allocation")).hasToString("48 hours");
        assertThat(policy.limit("CMP-4")).hasToString("1 working-days");
        assertThat(policy.limit("CMP-7-initiation")).hasToString("5 days");
        assertThat(policy.limit("ALC-10-meeting")).hasToString("5 working-days");
        assertThat(policy.limit("TRF-4")).hasToString("1 working-days");
        assertThat(policy.limit("VIC-1")).hasToString("5 working-days");
    }

    @Test
    @DisplayName("X-3: an authority's own value replaces the default for that authority only, with its own version")
    void anAuthoritysValueReplacesTheDefaultForItOnly() {
        PolicyCatalogue catalogue = PolicyCatalogue.withDefaults(Map.of("nottinghamshire", Map.of("MIL-2", "5 working-days")));

        Policy nottinghamshire = catalogue.policyOf("nottinghamshire");
        Policy wokingham = catalogue.policyOf("wokingham");

        assertThat(nottinghamshire.limit("MIL-2")).hasToString("5 working-days");
        assertThat(wokingham.limit("MIL-2")).hasToString("3 working-days");
        assertThat(nottinghamshire.version()).startsWith("nottinghamshire@");
        assertThat(wokingham.version()).startsWith("wokingham@");
    }

    @Test
    @DisplayName("X-3: a changed policy gives a new version and never rewrites a deadline computed before")
    void aChangedPolicyNeverRewritesExistingDeadlines() {
        Instant allocation = Instant.parse("2026-11-20T10:00:00Z");
        Policy before = PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham");
        Deadline computedBefore = calculator.deadline(before, "MIL-2", allocation);

        Policy after = PolicyCatalogue.withDefaults(Map.of("wokingham", Map.of("MIL-2", "1 working-days"))).policyOf("wokingham");
        Deadline computedAfter = calculator.deadline(after, "MIL-2", allocation);

        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(computedBefore.dueDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(computedBefore.policyVersion()).isEqualTo(before.version());
        assertThat(computedAfter.dueDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(computedAfter.policyVersion()).isEqualTo(after.version());
    }

    @Test
    void theSameValuesAlwaysGiveTheSameVersion() {
        assertThat(PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham").version())
                .isEqualTo(PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham").version());
    }

    @Test
    void aValueForNoKnownTimeLimitIsRefused() {
        assertThatThrownBy(() -> PolicyCatalogue.withDefaults(Map.of("wokingham", Map.of("MIL-99", "1 days"))))
                .hasMessageContaining("MIL-99");
    }
}

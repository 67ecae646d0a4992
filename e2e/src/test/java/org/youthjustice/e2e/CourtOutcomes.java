package org.youthjustice.e2e;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Court outcomes as the end-to-end scenarios send them through the gateway. */
final class CourtOutcomes {
    private CourtOutcomes() {
    }

    /**
     * {@code child} sentenced at Reading Youth Court {@code today} for {@code offence} (imprisonable) to a 12-month youth
     * rehabilitation order with a supervision requirement; the child is not looked after unless {@code child} says so.
     */
    static Map<String, Object> youthRehabilitationOrder(LocalDate today, Map<String, Object> child, String offence) {
        Map<String, Object> named = new HashMap<>(child);
        named.putIfAbsent("lookedAfter", false);
        return Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "E2E-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "sentenced",
                "child", named,
                "offences", List.of(Map.of("description", offence, "imprisonable", true)),
                "order", Map.of("type", "youth-rehabilitation-order", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "requirements", List.of(Map.of("type", "supervision")),
                        "custodyThresholdPassed", false, "persistentOffender", false));
    }
}

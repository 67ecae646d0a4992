package org.youthjustice.events.orders;

public record RiskLevels(RiskLevel rosh, RiskLevel saw) {
}

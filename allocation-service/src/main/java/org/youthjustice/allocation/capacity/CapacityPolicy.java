package org.youthjustice.allocation.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.events.orders.RiskLevel;

/**
 * A weighted caseload against what a worker can hold (ALC-1; Nottinghamshire policy §2.1: "the volume and
 * complexity of work already held"). A case weighs its kind's points times its risk's weight (a co-worker
 * carries a share); a worker can hold their grade's points, in proportion to their hours. Every figure
 * comes with the sum that makes it, so a manager can see why a worker is at 85%.
 */
public record CapacityPolicy(Map<String, BigDecimal> pointsPerCase, Map<String, BigDecimal> riskWeight,
        Map<String, BigDecimal> pointsAvailable, BigDecimal coWorkerShare, int teamThreshold, BigDecimal fullTimeHours) {

    /** One case in a caseload, with its sum. */
    public record Line(UUID caseId, HeldCase.Role role, String kind, RiskLevel risk, BigDecimal points, String sum) {
    }

    /** A worker's caseload against their capacity. */
    public record WorkerCapacity(BigDecimal available, String availableSum, BigDecimal held, int percent, List<Line> cases) {
    }

    /** A team's, and whether it is over the threshold at which the service manager is told (ALC-1). */
    public record TeamCapacity(BigDecimal available, BigDecimal held, int percent, int threshold, boolean overThreshold,
            String reason) {
    }

    /** The platform's values with the authority's own laid over them. */
    public static CapacityPolicy of(CapacityConfig config, String authority) {
        CapacityConfig.Values defaults = config.defaults();
        CapacityConfig.Values own = config.authorities().get(authority);
        Map<String, BigDecimal> points = new HashMap<>(defaults.pointsPerCase());
        Map<String, BigDecimal> weights = new HashMap<>(defaults.riskWeight());
        Map<String, BigDecimal> available = new HashMap<>(defaults.pointsAvailable());
        BigDecimal share = defaults.coWorkerShare().orElse(new BigDecimal("0.5"));
        int threshold = defaults.teamThreshold().orElse(90);
        if (own != null) {
            points.putAll(own.pointsPerCase());
            weights.putAll(own.riskWeight());
            available.putAll(own.pointsAvailable());
            share = own.coWorkerShare().orElse(share);
            threshold = own.teamThreshold().orElse(threshold);
        }
        return new CapacityPolicy(Map.copyOf(points), Map.copyOf(weights), Map.copyOf(available), share, threshold,
                config.fullTimeHours());
    }

    public Line weigh(HeldCase held) {
        if (held.role == HeldCase.Role.RJ_WORKER) {
            // ALC-1 weighs case management; restorative justice work with the victim is not part of it
            return new Line(held.caseId, held.role, held.kind, held.risk(), scale(BigDecimal.ZERO),
                    "restorative justice work, not weighed as case management = 0");
        }
        BigDecimal kindPoints = pointsPerCase.getOrDefault(held.kind, BigDecimal.ONE);
        RiskLevel risk = held.risk();
        BigDecimal weight = riskWeight.getOrDefault(wire(risk), BigDecimal.ONE);
        BigDecimal points = kindPoints.multiply(weight);
        String sum = held.kind + " " + plain(kindPoints) + " × " + wire(risk) + " risk " + plain(weight);
        if (held.role == HeldCase.Role.CO_WORKER) {
            points = points.multiply(coWorkerShare);
            sum += " × co-worker " + plain(coWorkerShare);
        }
        return new Line(held.caseId, held.role, held.kind, risk, scale(points), sum + " = " + plain(scale(points)));
    }

    public WorkerCapacity of(Grade grade, BigDecimal contractedHours, List<HeldCase> held) {
        BigDecimal fullTime = pointsAvailable.getOrDefault(grade.wireName(), BigDecimal.ZERO);
        BigDecimal available = scale(fullTime.multiply(contractedHours).divide(fullTimeHours, 4, RoundingMode.HALF_UP));
        String availableSum = grade.wireName() + " " + plain(fullTime) + " points full time × " + plain(contractedHours) + " of "
                + plain(fullTimeHours) + " hours = " + plain(available);
        List<Line> lines = held.stream().map(this::weigh).toList();
        BigDecimal total = scale(lines.stream().map(Line::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new WorkerCapacity(available, availableSum, total, percent(total, available), lines);
    }

    public TeamCapacity team(List<WorkerCapacity> workers) {
        BigDecimal available = scale(workers.stream().map(WorkerCapacity::available).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal held = scale(workers.stream().map(WorkerCapacity::held).reduce(BigDecimal.ZERO, BigDecimal::add));
        int percent = percent(held, available);
        boolean over = percent > teamThreshold;
        return new TeamCapacity(available, held, percent, teamThreshold, over, over
                ? "the team holds " + percent + "% of its capacity, over " + teamThreshold + "%: the team manager raises it with the "
                        + "service manager (ALC-1)"
                : "the team holds " + percent + "% of its capacity, within " + teamThreshold + "%");
    }

    private static int percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return part.signum() == 0 ? 0 : 999;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String wire(RiskLevel risk) {
        return risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.youthjustice.allocation.capacity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How caseloads are weighed (ALC-1): the platform's values ({@code yj.allocations.capacity.defaults.*}),
 * with any an authority sets for itself over them ({@code yj.allocations.capacity.authorities.<authority>.*}).
 */
@ConfigMapping(prefix = "yj.allocations.capacity")
public interface CapacityConfig {
    /** The hours of a full-time worker: a part-time worker's points available are their share. */
    @WithDefault("37")
    BigDecimal fullTimeHours();

    Values defaults();

    Map<String, Values> authorities();

    interface Values {
        /** Points a case weighs by kind: an order type's wire name, psr, crown-court-tracking, intervention-referral. */
        Map<String, BigDecimal> pointsPerCase();

        /** The multiplier of the case's higher risk (RoSH or SaW): low, medium, high, very-high. */
        Map<String, BigDecimal> riskWeight();

        /** Points a full-time worker of each grade can hold. */
        Map<String, BigDecimal> pointsAvailable();

        /** The share of a case's points a co-worker carries. */
        Optional<BigDecimal> coWorkerShare();

        /** A team's caseload, as a percentage of its points available, above which the service manager is told. */
        Optional<Integer> teamThreshold();
    }
}

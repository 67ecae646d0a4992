package org.youthjustice.orders.sentencing;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** An authority's own team routing (ORD-15), e.g. {@code yj.orders.team-routing.nottinghamshire.referral-order=youth-panel-team}. */
@ConfigMapping(prefix = "yj.orders")
public interface TeamRoutingConfig {
    Map<String, Map<String, String>> teamRouting();
}

package org.youthjustice.allocation.requests;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The team that allocates court work (PSRs and Crown Court tracking) for a child no team holds yet:
 * {@code yj.allocations.court-team.authorities.<authority>=<team>}, else the default. A child a team
 * already holds keeps that team. A case transferred in from another authority (TRF-1), which no team of the
 * receiving authority holds yet, waits in that authority's court team too.
 */
@ConfigMapping(prefix = "yj.allocations.court-team")
public interface CourtTeamConfig {
    @WithDefault("community-orders-unit")
    String defaultTeam();

    Map<String, String> authorities();
}

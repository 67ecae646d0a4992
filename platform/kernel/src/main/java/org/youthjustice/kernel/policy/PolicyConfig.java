package org.youthjustice.kernel.policy;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Authorities' own policy values, e.g.
 * {@code yj.policy.authorities.nottinghamshire."MIL-2"=2 working-days}; anything not set takes the
 * RULES.md default.
 */
@ConfigMapping(prefix = "yj.policy")
public interface PolicyConfig {
    Map<String, Map<String, String>> authorities();
}

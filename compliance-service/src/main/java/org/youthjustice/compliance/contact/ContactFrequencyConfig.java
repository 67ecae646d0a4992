package org.youthjustice.compliance.contact;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The minimum appointments a month by scaled-approach level (CMP-9), for every authority unless it sets
 * its own: {@code yj.compliance.contact-frequency.authorities.<authority>.<level>=<count>}.
 */
@ConfigMapping(prefix = "yj.compliance.contact-frequency")
public interface ContactFrequencyConfig {
    /** standard, enhanced, intensive → appointments a month. */
    Map<String, Integer> minimumPerMonth();

    /** An authority's own minimums, by level; a level it does not set keeps the default. */
    Map<String, Map<String, Integer>> authorities();
}

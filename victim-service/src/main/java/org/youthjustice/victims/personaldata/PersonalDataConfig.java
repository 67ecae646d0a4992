package org.youthjustice.victims.personaldata;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The keys that seal victims' personal data (VIC-4), from configuration only: in production from the operators'
 * secret, on the local platform generated on first start, in tests made for the run. Never in the repository.
 *
 * <pre>
 * yj.victims.personal-data.current-key=2026-11
 * yj.victims.personal-data.keys."2026-11"=&lt;32 random bytes, base64&gt;
 * yj.victims.personal-data.keys."2025-06"=&lt;the previous key, kept until every row is sealed again&gt;
 * </pre>
 */
@ConfigMapping(prefix = "yj.victims.personal-data")
public interface PersonalDataConfig {
    /** The id of the key that seals every new value. */
    String currentKey();

    /** Every key that may have sealed a stored value, by id, base64. */
    Map<String, String> keys();
}

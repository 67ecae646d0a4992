package org.youthjustice.victims.personaldata;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The field cipher from the configured keys; a service with no usable key does not start. */
public class PersonalDataKeys {

    @Produces
    @ApplicationScoped
    @Startup
    FieldCipher fieldCipher(PersonalDataConfig config) {
        Map<String, byte[]> keys = new HashMap<>();
        config.keys().forEach((id, base64) -> {
            try {
                keys.put(id, Base64.getDecoder().decode(base64.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("personal data key '" + id + "' is not base64", e);
            }
        });
        return new FieldCipher(keys, config.currentKey());
    }
}

package org.youthjustice.transfers.requests;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * transfer-service's own settings ({@code yj.transfers.*}). Time limits (TRF-4, TRF-7) are not here: they are
 * the kernel's per-authority policy ({@code yj.policy.authorities.<authority>."TRF-4"}).
 */
@ConfigMapping(prefix = "yj.transfers")
public interface TransferConfig {
    /** TRF-17: the authorities of the partnership, which exchange transfers on the platform. */
    @WithDefault("wokingham,nottinghamshire,bracknell-forest,reading,west-berkshire,windsor-and-maidenhead")
    List<String> partnership();

    /**
     * TRF-16, a per-authority switch of the receiving authority, on unless set:
     * {@code yj.transfers.face-to-face-meeting.<authority>=false}.
     */
    Map<String, Boolean> faceToFaceMeeting();

    Documents documents();

    interface Documents {
        /** The largest file attached to a checklist item. */
        @WithDefault("10485760")
        long maxBytes();
    }

    default boolean faceToFaceMeetingRequired(String receivingAuthority) {
        return faceToFaceMeeting().getOrDefault(receivingAuthority, Boolean.TRUE);
    }
}

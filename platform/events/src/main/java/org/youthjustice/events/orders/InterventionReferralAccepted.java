package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code intervention-referral.accepted}: a referral for a specific intervention, or a My Futures offer
 * after magistrates' court screening (MIL-16), was accepted; allocation-service allocates a worker from
 * {@code team}, and MIL-15 runs from that allocation.
 */
public record InterventionReferralAccepted(UUID referralId, Programme programme, String team, LocalDate acceptedOn)
        implements EventData {

    public enum Programme {
        SPECIFIC_INTERVENTION("specific-intervention"),
        MY_FUTURES("my-futures");

        private final String wireName;

        Programme(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }
}

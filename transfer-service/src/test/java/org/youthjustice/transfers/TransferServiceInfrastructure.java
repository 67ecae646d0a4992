package org.youthjustice.transfers;

import java.util.Map;
import org.youthjustice.testing.ServiceInfrastructure;

/** transfer-service's tests run against real PostgreSQL (database transfer_service) and a real Kafka broker. */
public class TransferServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "transfer_service";
    }

    /** A 1 MB document limit, so that a test can go over it; one authority with TRF-16 switched off. */
    @Override
    protected Map<String, String> serviceConfig() {
        return Map.of("yj.transfers.documents.max-bytes", "1048576",
                "yj.transfers.face-to-face-meeting.bracknell-forest", "false");
    }
}

package org.youthjustice.transfers;

import org.youthjustice.testing.ServiceInfrastructure;

/** transfer-service's tests run against real PostgreSQL (database transfer_service) and a real Kafka broker. */
public class TransferServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "transfer_service";
    }
}

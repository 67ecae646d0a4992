package org.youthjustice.allocation;

import org.youthjustice.testing.ServiceInfrastructure;

/** allocation-service's tests run against real PostgreSQL (database allocation_service) and a real Kafka broker. */
public class AllocationServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "allocation_service";
    }
}

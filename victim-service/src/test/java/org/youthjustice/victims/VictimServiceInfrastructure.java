package org.youthjustice.victims;

import org.youthjustice.testing.ServiceInfrastructure;

/** victim-service's tests run against real PostgreSQL (database victim_service) and a real Kafka broker. */
public class VictimServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "victim_service";
    }
}

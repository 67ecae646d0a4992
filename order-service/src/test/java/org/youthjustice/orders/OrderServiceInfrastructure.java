package org.youthjustice.orders;

import org.youthjustice.testing.ServiceInfrastructure;

/** order-service's tests run against real PostgreSQL (database order_service) and a real Kafka broker. */
public class OrderServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "order_service";
    }
}

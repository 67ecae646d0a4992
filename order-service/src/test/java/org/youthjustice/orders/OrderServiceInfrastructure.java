package org.youthjustice.orders;

import org.youthjustice.testing.ServiceInfrastructure;

/** order-service's tests run against real PostgreSQL (database order_service) and a real Kafka broker. */
public class OrderServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "order_service";
    }

    /** One authority with its own team routing (ORD-15) and time limit, the other on the defaults. */
    @Override
    protected java.util.Map<String, String> serviceConfig() {
        return java.util.Map.of("yj.orders.team-routing.nottinghamshire.referral-order", "youth-panel-team",
                "yj.policy.authorities.nottinghamshire.MIL-4", "10 days",
                // tests run the overdue announcer themselves, at a time they choose
                "yj.milestones.overdue-scan.every", "off");
    }
}

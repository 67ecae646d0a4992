package org.youthjustice.reporting;

import org.youthjustice.testing.ServiceInfrastructure;

/** reporting-service's tests run against real PostgreSQL (database reporting_service) and a real Kafka broker. */
public class ReportingServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "reporting_service";
    }
}

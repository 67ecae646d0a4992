package org.youthjustice.compliance;

import org.youthjustice.testing.ServiceInfrastructure;

/** compliance-service's tests run against real PostgreSQL (database compliance_service) and a real Kafka broker. */
public class ComplianceServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "compliance_service";
    }
}

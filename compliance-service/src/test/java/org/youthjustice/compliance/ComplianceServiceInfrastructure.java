package org.youthjustice.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.youthjustice.testing.ServiceInfrastructure;

/**
 * compliance-service's tests run against real PostgreSQL (database compliance_service) and a real Kafka
 * broker, with order-service's case API stood in for letters ({@link OrderServiceStandIn}).
 */
public class ComplianceServiceInfrastructure extends ServiceInfrastructure {
    @Override
    protected String database() {
        return "compliance_service";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(OrderServiceStandIn.class));
        return resources;
    }

    /** One authority with its own contact minimum (CMP-9), as an authority's policy sets it. */
    @Override
    protected Map<String, String> serviceConfig() {
        return Map.of("yj.compliance.contact-frequency.authorities.bracknell-forest.standard", "3");
    }
}

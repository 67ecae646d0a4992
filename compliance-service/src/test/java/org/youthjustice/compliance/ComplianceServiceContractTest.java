package org.youthjustice.compliance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.youthjustice.testing.ServiceContract;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class ComplianceServiceContractTest extends ServiceContract {
    @Override
    protected String apiRoot() {
        return "/api/compliance";
    }
}

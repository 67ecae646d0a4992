package org.youthjustice.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.youthjustice.testing.ServiceContract;

@QuarkusTest
@TestProfile(ReportingServiceInfrastructure.class)
class ReportingServiceContractTest extends ServiceContract {
    @Override
    protected String apiRoot() {
        return "/api/reporting";
    }
}

package org.youthjustice.allocation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.youthjustice.testing.ServiceContract;

@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class AllocationServiceContractTest extends ServiceContract {
    @Override
    protected String apiRoot() {
        return "/api/allocations";
    }
}

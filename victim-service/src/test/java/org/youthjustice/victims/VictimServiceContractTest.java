package org.youthjustice.victims;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.youthjustice.testing.ServiceContract;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class VictimServiceContractTest extends ServiceContract {
    @Override
    protected String apiRoot() {
        return "/api/victims";
    }
}

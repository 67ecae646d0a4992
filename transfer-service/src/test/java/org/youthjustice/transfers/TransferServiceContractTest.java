package org.youthjustice.transfers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.youthjustice.testing.ServiceContract;

@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class TransferServiceContractTest extends ServiceContract {
    @Override
    protected String apiRoot() {
        return "/api/transfers";
    }
}

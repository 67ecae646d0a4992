package org.youthjustice.orders;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.youthjustice.testing.ServiceContract;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class OrderServiceContractTest extends ServiceContract {
    @Override
    protected String apiRoot() {
        return "/api/orders";
    }
}

package org.youthjustice.orders;

import org.youthjustice.testing.ServiceArchitecture;

/** order-service's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("orders");
    }
}

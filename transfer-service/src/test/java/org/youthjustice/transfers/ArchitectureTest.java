package org.youthjustice.transfers;

import org.youthjustice.testing.ServiceArchitecture;

/** transfer-service's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("transfers");
    }
}

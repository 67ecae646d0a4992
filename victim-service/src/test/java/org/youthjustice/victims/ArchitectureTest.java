package org.youthjustice.victims;

import org.youthjustice.testing.ServiceArchitecture;

/** victim-service's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("victims");
    }
}

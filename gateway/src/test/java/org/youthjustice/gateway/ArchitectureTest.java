package org.youthjustice.gateway;

import org.youthjustice.testing.ServiceArchitecture;

/** gateway's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("gateway");
    }
}

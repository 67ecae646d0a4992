package org.youthjustice.allocation;

import org.youthjustice.testing.ServiceArchitecture;

/** allocation-service's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("allocation");
    }
}

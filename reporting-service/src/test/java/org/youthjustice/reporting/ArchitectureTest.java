package org.youthjustice.reporting;

import org.youthjustice.testing.ServiceArchitecture;

/** reporting-service's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("reporting");
    }
}

package org.youthjustice.compliance;

import org.youthjustice.testing.ServiceArchitecture;

/** compliance-service's packages, rules, resources and clock keep the design (ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("compliance");
    }
}

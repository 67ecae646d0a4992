package org.youthjustice.kernel.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.ArchitectureRules;

/** The shared platform's architecture: it knows no service, reads time only from its clock, and has no package cycles. */
class PlatformArchitectureTest {
    private static final JavaClasses PLATFORM = ArchitectureRules.mainClasses("org.youthjustice.kernel", "org.youthjustice.events",
            "org.youthjustice.problem", "org.youthjustice.clock", "org.youthjustice.testing");
    // the test kit dates tokens by the wall clock (the services check their expiry against it); the rest reads the platform clock
    private static final JavaClasses RUNTIME = ArchitectureRules.mainClasses("org.youthjustice.kernel", "org.youthjustice.events",
            "org.youthjustice.problem", "org.youthjustice.clock");

    @Test
    @DisplayName("platform/ imports no service")
    void platformImportsNoService() {
        ArchitectureRules.platformImportsNoService().check(PLATFORM);
    }

    @Test
    @DisplayName("now and today come from the platform clock")
    void timeComesFromThePlatformClock() {
        ArchitectureRules.timeComesFromThePlatformClock().check(RUNTIME);
    }

    @Test
    @DisplayName("the kernel's packages depend one way: no cycles")
    void kernelPackagesDependOneWay() {
        ArchitectureRules.packagesDependOneWay("org.youthjustice.kernel").check(RUNTIME);
    }

    @Test
    @DisplayName("the events' packages depend one way: no cycles")
    void eventPackagesDependOneWay() {
        ArchitectureRules.packagesDependOneWay("org.youthjustice.events").check(RUNTIME);
    }

    @Test
    @DisplayName("the kernel's rules are free of persistence, HTTP, messaging and CDI")
    void rulesAreFreeOfFrameworks() {
        ArchitectureRules.rulesAreFreeOfFrameworks().check(RUNTIME);
    }
}

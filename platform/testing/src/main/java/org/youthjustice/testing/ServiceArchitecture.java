package org.youthjustice.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A service's architecture tests: a service's test class extends this with its name
 * ({@code class ArchitectureTest extends ServiceArchitecture}) and inherits every rule.
 */
public abstract class ServiceArchitecture {
    private final String service;
    private final String basePackage;
    private final JavaClasses main;

    /** {@code service}: the base package's last part, e.g. {@code orders} for {@code org.youthjustice.orders}. */
    protected ServiceArchitecture(String service) {
        this.service = service;
        this.basePackage = "org.youthjustice." + service;
        this.main = ArchitectureRules.mainClasses(basePackage);
    }

    @Test
    @DisplayName("packages depend one way: no cycles")
    void packagesDependOneWay() {
        ArchitectureRules.packagesDependOneWay(basePackage).check(main);
    }

    @Test
    @DisplayName("rules are free of persistence, HTTP, messaging and CDI")
    void rulesAreFreeOfFrameworks() {
        ArchitectureRules.rulesAreFreeOfFrameworks().check(main);
    }

    @Test
    @DisplayName("resources do not touch the EntityManager")
    void resourcesDoNotTouchTheEntityManager() {
        ArchitectureRules.resourcesDoNotTouchTheEntityManager().check(main);
    }

    @Test
    @DisplayName("no service imports another")
    void noServiceImportsAnother() {
        ArchitectureRules.noServiceImportsAnother(service).check(main);
    }

    @Test
    @DisplayName("now and today come from the platform clock")
    void timeComesFromThePlatformClock() {
        ArchitectureRules.timeComesFromThePlatformClock().check(main);
    }
}

package org.youthjustice.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The design the modules keep, as rules their tests check on the compiled main classes (ArchUnit). A
 * broken rule fails the build with the offending class, the class it depends on and the line.
 */
public final class ArchitectureRules {
    /** Each service's base package, below {@code org.youthjustice}. */
    public static final List<String> SERVICES = List.of("orders", "allocation", "compliance", "transfers", "victims", "reporting",
            "gateway");

    /** The shared platform's packages, below {@code org.youthjustice}. */
    public static final List<String> PLATFORM = List.of("clock", "events", "problem", "kernel", "pdf", "testing");

    /** What a rule class must not depend on: persistence, HTTP, messaging, CDI and configuration. */
    private static final String[] FRAMEWORKS = {
        "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..",
        "org.hibernate..", "org.apache.kafka..", "io.smallrye.reactive.messaging..", "io.quarkus..", "org.eclipse.microprofile.."
    };

    private static final Map<List<String>, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private ArchitectureRules() {
    }

    /** The main classes (tests left out) in {@code basePackages} and below; read once per run. */
    public static JavaClasses mainClasses(String... basePackages) {
        return IMPORTED.computeIfAbsent(List.of(basePackages), packages -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages));
    }

    /** The packages right below {@code basePackage} depend one way: no two of them on each other, directly or round a cycle. */
    public static ArchRule packagesDependOneWay(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true)
                .because("packages are layered (package-info.java): a lower package reacts to a higher one only through "
                        + "a CDI event or an interface that the lower package owns");
    }

    /**
     * A rule (a class named {@code …Rule}, {@code …Rules} or {@code …Policy}) decides from what it is given:
     * no persistence, HTTP, messaging, CDI or configuration, so that its tests need no running service.
     */
    public static ArchRule rulesAreFreeOfFrameworks() {
        return noClasses().that().haveSimpleNameEndingWith("Rule").or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(true)
                .because("a rule is a pure decision; the service class around it loads, saves and publishes");
    }

    /** A resource answers HTTP; its service class loads and saves. */
    public static ArchRule resourcesDoNotTouchTheEntityManager() {
        return noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .allowEmptyShould(true)
                .because("queries belong to the service class behind the resource, where they can be reused and tested");
    }

    /** A service's code uses no other service's: they talk only over Kafka and each other's public APIs. */
    public static ArchRule noServiceImportsAnother(String service) {
        return noClasses().that().resideInAPackage("org.youthjustice." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(SERVICES.stream().filter(s -> !s.equals(service))))
                .allowEmptyShould(true)
                .because("services share only events (platform/events) and HTTP APIs");
    }

    /** The platform knows no service. */
    public static ArchRule platformImportsNoService() {
        return noClasses().that().resideInAnyPackage(packages(PLATFORM.stream()))
                .should().dependOnClassesThat().resideInAnyPackage(packages(SERVICES.stream()))
                .because("platform/ is what every service stands on; it is shared only where two services need it");
    }

    /** "Now" and "today" come from the platform clock, never straight from the system. */
    public static ArchRule timeComesFromThePlatformClock() {
        return noClasses().that().doNotHaveFullyQualifiedName("org.youthjustice.kernel.clock.PlatformClock")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(LocalTime.class, "now").orShould().callMethod(LocalTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now").orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(YearMonth.class, "now").orShould().callMethod(YearMonth.class, "now", ZoneId.class)
                .orShould().callMethod(Year.class, "now").orShould().callMethod(Year.class, "now", ZoneId.class)
                .orShould().callMethod(MonthDay.class, "now").orShould().callMethod(MonthDay.class, "now", ZoneId.class)
                .orShould().callMethod(Clock.class, "systemUTC").orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .allowEmptyShould(true)
                .because("time is an input: inject the platform's java.time.Clock (kernel PlatformClock), which tests set");
    }

    private static String[] packages(Stream<String> names) {
        return names.map(name -> "org.youthjustice." + name + "..").toArray(String[]::new);
    }
}

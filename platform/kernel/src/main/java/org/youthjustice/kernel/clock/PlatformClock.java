package org.youthjustice.kernel.clock;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.youthjustice.clock.MovableClock;

/**
 * The one clock of a service: every "now" and "today" in main code comes from the {@link Clock} this
 * produces (UK dates through {@code Moments.ukToday(clock)}), never straight from the system.
 *
 * <p>In production it is the system clock, in UTC. Under the test profile it is a {@link MovableClock}
 * that starts at {@code yj.clock.start} (or at the system's now) and that tests set and move forward,
 * so that "due", "overdue" and "met late" are proven on both sides of their boundary on any date.
 * A start instant outside the test profile is refused at startup: a service in production that thinks
 * it is another day would miss deadlines.
 */
public class PlatformClock {
    public static final String START = "yj.clock.start";
    private static final String TEST_PROFILE = "test";

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = START) Optional<Instant> start) {
        return of(start, ConfigUtils.getProfiles().contains(TEST_PROFILE));
    }

    /** The clock for a service started with {@code start}, under the test profile or not. */
    static Clock of(Optional<Instant> start, boolean testProfile) {
        if (!testProfile) {
            if (start.isPresent()) {
                throw new IllegalStateException(START + " is set (" + start.get() + ") outside the test profile: "
                        + "a service runs on the system clock; remove " + START + " from its configuration");
            }
            return Clock.systemUTC();
        }
        return new MovableClock(start.orElseGet(Clock.systemUTC()::instant));
    }
}

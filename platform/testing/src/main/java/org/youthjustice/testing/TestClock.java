package org.youthjustice.testing;

import io.quarkus.arc.Arc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.youthjustice.clock.MovableClock;

/**
 * What time it is for the service under test: its platform clock, set and moved forward by tests
 * ("the meeting was on 28 August; it is now 27 November: due; now 30 November: overdue"). Each test
 * starts at {@link #START} ({@link ResetTestClock}), whatever the date on the machine, so the suite
 * passes on any date; a test whose assertions depend on "now" says what now is.
 */
public final class TestClock {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The day every service test starts on: Tuesday 24 November 2026. */
    public static final LocalDate START_DAY = LocalDate.of(2026, 11, 24);

    /** The moment every service test starts at: 10:00 in the UK on {@link #START_DAY}. */
    public static final Instant START = START_DAY.atTime(10, 0).atZone(UK).toInstant();

    private TestClock() {
    }

    /** It is now {@code now}; time runs on from there. */
    public static void set(Instant now) {
        clock().set(now);
    }

    /** It is now {@code now}, an ISO instant such as {@code 2026-11-27T10:00:00Z}. */
    public static void set(String now) {
        set(Instant.parse(now));
    }

    /** It is {@code time} on {@code day}, UK time. */
    public static void set(LocalDate day, LocalTime time) {
        set(day.atTime(time).atZone(UK).toInstant());
    }

    /** It is {@code day} ({@code 2026-11-27}), at 10:00 in the UK: in working hours, well clear of midnight. */
    public static void today(String day) {
        set(LocalDate.parse(day), LocalTime.of(10, 0));
    }

    /** Time passes. */
    public static void advance(Duration duration) {
        clock().advance(duration);
    }

    /** Now, by the service's clock. */
    public static Instant now() {
        return clock().instant();
    }

    /** Today in the UK, by the service's clock. */
    public static LocalDate today() {
        return LocalDate.now(clock().withZone(UK));
    }

    /** Back to the moment the service started at, where a service with a movable clock is running. */
    static void resetIfRunning() {
        if (Arc.container() != null && Arc.container().instance(Clock.class).get() instanceof MovableClock movable) {
            movable.reset();
        }
    }

    private static MovableClock clock() {
        Clock clock = Arc.container().instance(Clock.class).get();
        if (clock instanceof MovableClock movable) {
            return movable;
        }
        throw new IllegalStateException("the service's clock (" + clock + ") cannot be set: "
                + "only the test profile's platform clock can");
    }
}

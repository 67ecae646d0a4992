package org.youthjustice.kernel.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Moments as practitioners record them: dated in UK time, and sent from devices whose clocks differ a
 * little from the server's, so "not in the future" and "not in the past" allow a few minutes either way.
 */
public final class Moments {
    /** UK time, in which practitioners date what they do and deadlines fall. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** How far a practitioner's device clock may be from the server's. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Moments() {
    }

    /** Later than now, beyond what clocks differ by: not yet happened. */
    public static boolean inTheFuture(Instant at, Instant now) {
        return at.isAfter(now.plus(CLOCK_SKEW));
    }

    /** Earlier than now, beyond what clocks differ by: already begun. */
    public static boolean inThePast(Instant at, Instant now) {
        return at.isBefore(now.minus(CLOCK_SKEW));
    }

    /** The UK date of a moment. */
    public static LocalDate ukDate(Instant at) {
        return at.atZone(UK).toLocalDate();
    }

    /** Today in the UK by this clock. */
    public static LocalDate ukToday(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }
}

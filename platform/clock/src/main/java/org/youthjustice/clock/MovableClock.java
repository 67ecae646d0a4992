package org.youthjustice.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform clock under test: it is whatever moment a test says, and time runs on from there at
 * the wall clock's pace, so events recorded one after another keep their order. Only the test
 * profile has one (the kernel's PlatformClock); production always runs on the system clock.
 */
public final class MovableClock extends Clock {
    private final Instant start;
    private volatile Instant setTo;
    // measured with the monotonic timer: a test's "now" never jumps when the machine's clock does
    private volatile long setAtNanos;

    public MovableClock(Instant start) {
        this.start = start;
        set(start);
    }

    /** It is now {@code now}; time runs on from there. */
    public void set(Instant now) {
        setAtNanos = System.nanoTime();
        setTo = now;
    }

    /** Time passes by {@code duration}. */
    public void advance(Duration duration) {
        set(instant().plus(duration));
    }

    /** Back to the moment the service started at, as a test that sets nothing expects. */
    public void reset() {
        set(start);
    }

    /** The moment the service started at ({@code yj.clock.start}). */
    public Instant start() {
        return start;
    }

    @Override
    public Instant instant() {
        return setTo.plusNanos(System.nanoTime() - setAtNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in {@code zone} of this same clock: it moves when this one is moved. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}

package org.youthjustice.kernel.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.youthjustice.clock.MovableClock;

class PlatformClockTest {
    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void productionRunsOnTheSystemClock() {
        assertThat(PlatformClock.of(Optional.empty(), false)).isEqualTo(Clock.systemUTC());
    }

    @Test
    void aStartInstantOutsideTheTestProfileIsRefused() {
        assertThatThrownBy(() -> PlatformClock.of(Optional.of(START), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("yj.clock.start is set (2026-11-24T10:00:00Z) outside the test profile");
    }

    @Test
    void theTestProfileStartsAtItsStartInstantAndCanBeMoved() {
        Clock clock = PlatformClock.of(Optional.of(START), true);

        assertThat(clock).isInstanceOf(MovableClock.class);
        assertThat(clock.instant()).isBetween(START, START.plusSeconds(60));
    }

    @Test
    void theTestProfileWithoutAStartBeginsAtTheSystemsNow() {
        Instant before = Clock.systemUTC().instant();

        assertThat(PlatformClock.of(Optional.empty(), true).instant()).isAfterOrEqualTo(before);
    }
}

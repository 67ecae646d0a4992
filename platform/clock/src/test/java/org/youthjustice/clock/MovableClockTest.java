package org.youthjustice.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MovableClockTest {
    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void startsAtItsStartAndRunsOnFromThere() {
        MovableClock clock = new MovableClock(START);

        Instant first = clock.instant();
        Instant second = clock.instant();

        assertThat(first).isBetween(START, START.plusSeconds(60));
        assertThat(second).isAfterOrEqualTo(first);
    }

    @Test
    void isSetMovedForwardAndResetToItsStart() {
        MovableClock clock = new MovableClock(START);

        clock.set(Instant.parse("2028-02-29T12:00:00Z"));
        assertThat(LocalDate.now(clock.withZone(LONDON))).isEqualTo(LocalDate.parse("2028-02-29"));

        clock.advance(Duration.ofDays(1));
        assertThat(LocalDate.now(clock.withZone(LONDON))).isEqualTo(LocalDate.parse("2028-03-01"));

        clock.reset();
        assertThat(clock.instant()).isBetween(START, START.plusSeconds(60));
        assertThat(clock.start()).isEqualTo(START);
    }

    @Test
    void aZonedViewMovesWithTheClock() {
        MovableClock clock = new MovableClock(START);
        var london = clock.withZone(LONDON);

        // 00:30 UTC on 31 October 2027 is 01:30 BST, on the night the clocks go back
        clock.set(Instant.parse("2027-10-31T00:30:00Z"));

        assertThat(london.getZone()).isEqualTo(LONDON);
        assertThat(london.withZone(ZoneId.of("UTC")).instant()).isBetween(clock.instant().minusSeconds(1), clock.instant().plusSeconds(60));
        assertThat(LocalDate.now(london)).isEqualTo(LocalDate.parse("2027-10-31"));
        assertThat(java.time.LocalTime.now(london).getHour()).isEqualTo(1);
    }
}

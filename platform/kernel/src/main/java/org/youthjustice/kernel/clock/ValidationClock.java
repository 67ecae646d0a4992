package org.youthjustice.kernel.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import org.youthjustice.kernel.calendar.Moments;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}…) is the platform clock's, in the UK: a date is in
 * the future when it is after today in London by the service's clock, never by the machine's (a test that sets the
 * clock to Christmas Eve may record what happened that day, on any real date).
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {
    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock.withZone(Moments.UK);
    }
}

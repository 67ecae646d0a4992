package org.youthjustice.kernel.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

public class CalendarProducer {

    /** {@code yj.calendar.bank-holidays-file}: optional operator overrides in the GOV.UK format. */
    @Produces
    @ApplicationScoped
    WorkingDayCalendar workingDayCalendar(
            @ConfigProperty(name = "yj.calendar.bank-holidays-file") Optional<Path> overrides, Clock clock) {
        BankHolidays library = new JollydayEnglandAndWales();
        return new WorkingDayCalendar(overrides
                .<BankHolidays>map(file -> new BankHolidaysFile(file, library, clock))
                .orElse(library));
    }
}

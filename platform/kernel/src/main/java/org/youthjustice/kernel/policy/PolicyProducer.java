package org.youthjustice.kernel.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

public class PolicyProducer {

    @Produces
    @ApplicationScoped
    PolicyCatalogue policyCatalogue(PolicyConfig config) {
        return PolicyCatalogue.withDefaults(config.authorities());
    }

    @Produces
    @ApplicationScoped
    DeadlineCalculator deadlineCalculator(WorkingDayCalendar calendar) {
        return new DeadlineCalculator(calendar);
    }
}

package org.youthjustice.compliance.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.youthjustice.compliance.appointments.Appointment;
import org.youthjustice.kernel.policy.DeadlineCalculator;

/**
 * What a letter's template can use: {@code child.givenName}, {@code letterDate}, {@code missedAppointment},
 * {@code nextAppointment}, {@code meeting}, {@code appointments} (each with {@code when}, {@code place},
 * {@code withWhom}, {@code kind}), {@code from}, {@code to}, {@code signedBy}. Dates are written out as a
 * child reads them ("Monday 30 November 2026 at 4:00 pm"), in UK time.
 */
public record LetterModel(Child child, String letterDate, Occasion missedAppointment, Occasion nextAppointment, Occasion meeting,
        List<Occasion> appointments, String from, String to, String signedBy) {

    public record Child(String givenName, String familyName) {
    }

    public record Occasion(String when, String place, String withWhom, String kind) {
        static Occasion of(Appointment appointment) {
            return appointment == null ? null
                    : new Occasion(LetterModel.when(appointment.startsAt), appointment.place, appointment.withWhom, appointment.kind);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.UK);

    static String when(Instant at) {
        var local = at.atZone(DeadlineCalculator.LONDON);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A model with every value present, to try a changed template before it is saved. */
    static LetterModel sample() {
        Occasion occasion = new Occasion("Monday 30 November 2026 at 4:00 pm", "YJS office, Shute End", "Sam Patel", "supervision");
        return new LetterModel(new Child("Alex", "Smith"), "Monday 23 November 2026", occasion, occasion,
                new Occasion("Thursday 26 November 2026 at 10:00 am", "YJS office, Shute End", "the team manager", "compliance-meeting"),
                List.of(occasion, occasion), "Monday 30 November 2026", "Thursday 31 December 2026", "Sam Patel");
    }
}

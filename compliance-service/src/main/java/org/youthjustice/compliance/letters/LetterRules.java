package org.youthjustice.compliance.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.youthjustice.problem.Violation;

/**
 * Whether a letter can be written yet (CMP-5, CMP-6, CMP-11, X-6; Wokingham guidance, "Communication with
 * the child"): a first warning names the next appointment and a second the compliance meeting with a
 * manager; an appointment letter has appointments to tell the child about; a child under 16 gets a letter
 * only with a copy to a recorded parent/carer ({@link Addressing}); and the authority's template can be
 * filled for the letter. Pure, so that each is tested on its own; {@link Letters} loads what these decide
 * from, writes the letter and keeps it.
 */
public final class LetterRules {
    private LetterRules() {
    }

    /**
     * CMP-5, CMP-6: what a warning letter's rule asks it to name is there to name. A first warning names the
     * next appointment (CMP-5), a second the compliance meeting with a manager (CMP-6); other letters name
     * neither. Every violation, with its rule ID; none when the letter can be written.
     *
     * @param nextAppointment whether an appointment is scheduled after now
     * @param meeting whether the compliance meeting has been arranged for the absence
     */
    public static List<Violation> namesWhatItsRuleRequires(LetterKind kind, boolean nextAppointment, boolean meeting) {
        List<Violation> violations = new ArrayList<>();
        if (kind == LetterKind.FIRST_WARNING && !nextAppointment) {
            violations.add(Violation.ofRule("CMP-5", "nextAppointment",
                    "the first warning letter names the next appointment: schedule it, then write the letter"));
        }
        if (kind == LetterKind.SECOND_WARNING && !meeting) {
            violations.add(Violation.ofRule("CMP-6", "meeting",
                    "the second warning letter names the compliance meeting with a manager: arrange it, then write the letter"));
        }
        return List.copyOf(violations);
    }

    /** an appointment letter is written about the appointments scheduled from {@code from} to {@code to}; with none, the violation. */
    public static Optional<Violation> appointmentsToWriteAbout(int scheduled, LocalDate from, LocalDate to) {
        return scheduled > 0 ? Optional.empty() : Optional.of(Violation.ofRule("X-6", "from",
                "no appointments are scheduled for this order from " + from + " to " + to + " to write to the child about"));
    }

    /** a letter whose addressing is blocked (under 16, no parent/carer recorded) waits for the parent/carer; otherwise none. */
    public static Optional<Violation> addressable(Addressing addressing) {
        return addressing.blocked() == null ? Optional.empty() : Optional.of(Violation.ofRule("X-6", "parentCarers",
                addressing.blocked() + ": record the parent/carer in the child's case, then write the letter"));
    }

    /**
     * CMP-11: the authority's template (tried on full sample values when saved) could not be filled for this
     * letter, failing with {@code error}: the template is to fix, and the letter stays as it was.
     */
    public static Violation templateCannotBeFilled(LetterKind kind, String templateVersion, String error) {
        return Violation.ofRule("CMP-11", "template", "the " + kind.wireName() + " template (version " + templateVersion
                + ") cannot be filled for this letter: " + error);
    }
}

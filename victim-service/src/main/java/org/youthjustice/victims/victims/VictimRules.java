package org.youthjustice.victims.victims;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.youthjustice.problem.Violation;

/** What a victim's record must hold (VIC-6) and what the police may pass (VIC-9). */
public final class VictimRules {
    /** A victim under this age is vulnerable: the enhanced service, and a parent or guardian receives it too (VIC-6). */
    public static final int ENHANCED_SERVICE_BELOW_AGE = 17;

    private VictimRules() {
    }

    public static boolean underSeventeen(LocalDate dateOfBirth, LocalDate on) {
        return dateOfBirth != null && Period.between(dateOfBirth, on).getYears() < ENHANCED_SERVICE_BELOW_AGE;
    }

    /** VIC-6: a victim under 17 on {@code today} comes with a parent or guardian. */
    public static List<Violation> details(VictimDetails details, LocalDate today, String field) {
        List<Violation> violations = new ArrayList<>();
        if (underSeventeen(details.dateOfBirth(), today) && details.parentOrGuardian() == null) {
            violations.add(Violation.ofRule("VIC-6", field.isEmpty() ? "parentOrGuardian" : field + ".parentOrGuardian",
                    "the victim is under 17: record the parent or guardian, who receives the victim's contact and information too"));
        }
        return violations;
    }

    /** VIC-9: the police pass a victim's details only where the victim did not ask them not to. */
    public static List<Violation> policeMayPass(boolean victimAskedNotToShare) {
        return victimAskedNotToShare
                ? List.of(Violation.ofRule("VIC-9", "victimAskedNotToShare",
                        "the victim asked the police not to pass their details to the youth justice service: do not send them"))
                : List.of();
    }
}

package org.youthjustice.victims.restorative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.youthjustice.problem.Violation;

/** The restorative process: whether to invite the victim (VIC-7), their wishes (VIC-3), who takes part (VIC-8). */
public final class RestorativeRules {
    private RestorativeRules() {
    }

    /** VIC-7: the decision comes with its reasons. */
    public static List<Violation> decision(String reasons) {
        return reasons == null || reasons.isBlank()
                ? List.of(Violation.ofRule("VIC-7", "reasons", "record the reasons for deciding whether to invite the victim into a restorative process"))
                : List.of();
    }

    /** VIC-3: at least one option; "none" stands alone; options only where inviting the victim was judged appropriate (VIC-7). */
    public static List<Violation> options(Set<RestorativeOption> options, Boolean appropriate) {
        List<Violation> violations = new ArrayList<>();
        if (options == null || options.isEmpty()) {
            violations.add(Violation.ofRule("VIC-3", "options", "record the victim's wishes: one or more of "
                    + Arrays.stream(RestorativeOption.values()).map(RestorativeOption::wireName).toList()));
        } else if (options.contains(RestorativeOption.NONE) && options.size() > 1) {
            violations.add(Violation.ofRule("VIC-3", "options", "'none' means no restorative option: it does not go with others"));
        } else if (!options.contains(RestorativeOption.NONE) && !Boolean.TRUE.equals(appropriate)) {
            violations.add(Violation.ofRule("VIC-7", "options", "the youth justice service has not decided that inviting this "
                    + "victim into a restorative process is appropriate: record that decision, with its reasons, first"));
        }
        return violations;
    }

    /** VIC-8: a consenting victim with a restorative option other than none, whose intervention has not concluded. */
    public static boolean takingPart(boolean consentToContact, Boolean appropriate, Set<RestorativeOption> options, boolean concluded) {
        return consentToContact && Boolean.TRUE.equals(appropriate) && options != null && !options.isEmpty()
                && !options.contains(RestorativeOption.NONE) && !concluded;
    }
}

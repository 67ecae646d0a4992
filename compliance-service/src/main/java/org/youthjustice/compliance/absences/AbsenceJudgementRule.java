package org.youthjustice.compliance.absences;

import java.util.ArrayList;
import java.util.List;
import org.youthjustice.events.compliance.EvidenceKind;
import org.youthjustice.problem.Violation;

/**
 * Whether an absence may be judged as asked (Wokingham guidance, "Attendance and Compliance"). Acceptable
 * needs written evidence, a sick note or a letter or email from school or employer (CMP-2), or, once per
 * order for a child with an otherwise good record, the exception with its rationale and the verbal warning
 * in writing (CMP-3). Without either it is unacceptable. {@link Absences} loads what this decides from,
 * and saves and announces what it allows.
 */
public final class AbsenceJudgementRule {
    private AbsenceJudgementRule() {
    }

    /** The judgement the absence gets, or, when refused, every violation with its rule ID. */
    public record Decision(Absence.Judgement judgement, List<Violation> violations) {
        public boolean refused() {
            return !violations.isEmpty();
        }
    }

    /**
     * @param acceptable whether the absence is asked to be judged acceptable
     * @param evidence the kind of written evidence given; null when none is
     * @param byException the exception asked for (CMP-3)
     * @param exceptionUsedInOrder the order's exception already used, by another of its absences
     */
    public static Decision judge(boolean acceptable, EvidenceKind evidence, boolean byException, boolean exceptionUsedInOrder) {
        List<Violation> violations = new ArrayList<>();
        if (acceptable) {
            if (evidence == null && !byException) {
                violations.add(Violation.ofRule("CMP-2", "evidence",
                        "an absence is acceptable only with written evidence (a sick note, a letter or email from school or employer)"));
            }
            if (evidence != null && byException) {
                violations.add(Violation.ofRule("CMP-3", "exception", "the exception is for an absence without written evidence"));
            }
            if (evidence == EvidenceKind.NONE) {
                violations.add(Violation.ofRule("CMP-2", "evidence.kind", "written evidence names what it is"));
            }
            if (byException && exceptionUsedInOrder) {
                violations.add(Violation.ofRule("CMP-3", "exception",
                        "the exception has already been used once in this order; without written evidence the absence is unacceptable"));
            }
        } else if (byException) {
            violations.add(Violation.ofRule("CMP-3", "exception", "the exception makes an absence acceptable"));
        }
        if (!violations.isEmpty()) {
            return new Decision(null, List.copyOf(violations));
        }
        return new Decision(acceptable ? Absence.Judgement.ACCEPTABLE : Absence.Judgement.UNACCEPTABLE, List.of());
    }

    /** CMP-2: written evidence arriving after the judgement names what it is; {@code field} is where the request names it. */
    public static List<Violation> lateEvidence(EvidenceKind kind, String field) {
        return kind == EvidenceKind.NONE ? List.of(Violation.ofRule("CMP-2", field, "written evidence names what it is")) : List.of();
    }
}

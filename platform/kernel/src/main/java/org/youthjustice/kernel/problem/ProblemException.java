package org.youthjustice.kernel.problem;

import org.youthjustice.problem.Problem;
import org.youthjustice.problem.ProblemType;
import org.youthjustice.problem.Violation;
import java.util.List;

/**
 * Thrown by domain and application code to answer with a problem; {@link ProblemMappers} turns it
 * into the response, so no resource builds error responses by hand.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404: used alike for a record that does not exist and one of another authority. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, what + " was not found"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(ProblemType.FORBIDDEN, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail));
    }

    /** 409 naming the rule that the record's state makes the request break (CMP-1: a missed appointment is never rescheduled). */
    public static ProblemException conflict(Violation violation) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, violation.message(), List.of(violation)));
    }

    /** 422 listing every rule the request breaks (e.g. ORD-14: an invalid order is rejected whole). */
    public static ProblemException ruleViolations(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation problem needs at least one violation");
        }
        return new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                violations.size() == 1 ? "1 rule is broken" : violations.size() + " rules are broken", violations));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(Problem.of(ProblemType.INVALID_REQUEST,
                violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid", violations));
    }
}

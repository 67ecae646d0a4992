package org.youthjustice.compliance.letters;

import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Problem;
import org.youthjustice.problem.ProblemType;

/**
 * 503: the child's contact details could not be read from order-service, so no letter was written. The
 * client may try again after {@link #retryAfterSeconds()}, which goes with the problem as {@code Retry-After}
 * ({@link OrderServiceUnavailableMapper}).
 */
public final class OrderServiceUnavailable extends ProblemException {
    private final long retryAfterSeconds;

    OrderServiceUnavailable(long retryAfterSeconds) {
        super(Problem.of(ProblemType.UNAVAILABLE,
                "the child's contact details could not be read from order-service; nothing was written: try again shortly"));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package org.youthjustice.compliance.letters;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.youthjustice.kernel.problem.ProblemResponses;

/**
 * {@link OrderServiceUnavailable} answered like every problem (the kernel's {@code ProblemMappers}), with
 * {@code Retry-After} added: the most specific mapper wins, so this one is used for it rather than the
 * kernel's for any {@code ProblemException}.
 */
public class OrderServiceUnavailableMapper {
    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response unavailable(OrderServiceUnavailable exception) {
        return Response.fromResponse(responses.response(exception.problem()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()))
                .build();
    }
}

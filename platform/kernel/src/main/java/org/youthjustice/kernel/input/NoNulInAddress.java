package org.youthjustice.kernel.input;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.problem.ProblemResponses;
import org.youthjustice.problem.Violation;

/**
 * A request whose path or query parameters carry a NUL character ({@code %00}) is bad input, answered 400 before it
 * reaches an endpoint: no text with a NUL can match a record, and the database refuses to compare with one.
 */
public class NoNulInAddress {
    @Inject
    ProblemResponses responses;

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        if (uri.getPath().indexOf('\u0000') >= 0) {
            return refuse("path");
        }
        for (var parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                return refuse(parameter.getKey().replace('\u0000', '?'));
            }
        }
        return null;
    }

    private Response refuse(String field) {
        return responses.response(ProblemException.invalid(List.of(Violation.ofField(field, "a NUL character (%00) is not text")))
                .problem());
    }
}

package org.youthjustice.kernel.problem;

import org.youthjustice.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;

/** Writes a problem as an {@code application/problem+json} response. */
@ApplicationScoped
public class ProblemResponses {
    public static final String CORRELATION_ID_MDC = "correlationId";

    @Inject
    ObjectMapper json;

    public Response response(Problem problem) {
        Object correlationId = MDC.get(CORRELATION_ID_MDC);
        Problem located = correlationId == null ? problem : problem.at(problem.instance(), correlationId.toString());
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(located))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
    }
}

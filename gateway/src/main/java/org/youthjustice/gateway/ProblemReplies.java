package org.youthjustice.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.problem.Problem;
import org.youthjustice.problem.ProblemType;

/** Answers a request with a problem (RFC 9457), the same vocabulary the services use. */
@ApplicationScoped
public class ProblemReplies {
    @Inject
    ObjectMapper json;

    public void send(RoutingContext context, ProblemType type, String detail) {
        if (context.response().ended()) {
            return;
        }
        if (context.response().headWritten()) {
            // the service's answer had begun: all that can be said now is that it broke off
            context.response().reset();
            return;
        }
        Problem problem = Problem.of(type, detail).at(context.request().path(), CorrelationIds.of(context));
        try {
            context.response()
                    .setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
    }
}

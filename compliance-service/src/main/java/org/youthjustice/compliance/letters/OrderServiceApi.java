package org.youthjustice.compliance.letters;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * order-service's case API, as letters read it: {@code GET /api/orders/cases/{id}}. Its address and its
 * connect and read timeouts are configured under {@code quarkus.rest-client.order-service.*}; the timeouts,
 * retries and circuit breaker that keep a letter request from waiting on an order-service that is down are
 * in {@link OrderServiceCases}, which is the only caller.
 */
@RegisterRestClient(configKey = "order-service")
@Path("/api/orders/cases")
public interface OrderServiceApi {

    /**
     * The case view as order-service answers it (read as text; {@link OrderServiceCases} picks the contact
     * details out of it). {@code authorization} is the user's own {@code Bearer} token, so order-service
     * applies its access rules to them.
     */
    @GET
    @Path("/{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    String caseView(@PathParam("caseId") UUID caseId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Every answer of 400 or more, with its status, for {@link OrderServiceCases} to judge what it means. */
    @ClientExceptionMapper
    static RuntimeException answered(Response response) {
        return new OrderServiceAnswered(response.getStatus());
    }

    /** order-service answered, but not with the case: its status says whether it is worth asking again. */
    final class OrderServiceAnswered extends RuntimeException {
        private final int status;

        OrderServiceAnswered(int status) {
            super("order-service answered " + status, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}

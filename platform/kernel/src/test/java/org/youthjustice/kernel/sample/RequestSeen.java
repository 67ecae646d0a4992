package org.youthjustice.kernel.sample;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The request the caller's identity says it belongs to (Quarkus gives each identity its request's routing context), and
 * whether the identity came from a remembered token.
 */
@Path("/request-seen")
@Authenticated
public class RequestSeen {
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> seen() {
        RoutingContext request = identity.getAttribute(RoutingContext.class.getName());
        return Map.of("uri", request == null ? "none" : request.request().uri(), "caller", identity.getPrincipal().getName(),
                // set by platform/tokens on an identity that a remembered token gave, without verifying it again
                "remembered", String.valueOf(identity.getAttribute("org.youthjustice.tokens.remembered") != null));
    }
}

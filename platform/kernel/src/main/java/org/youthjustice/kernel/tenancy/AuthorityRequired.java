package org.youthjustice.kernel.tenancy;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.youthjustice.problem.Problem;
import org.youthjustice.kernel.problem.ProblemResponses;
import org.youthjustice.problem.ProblemType;

/**
 * Refuses, before any resource runs, a verified token that names no authority: such a caller
 * can see nothing, so it gets a clear 403 rather than empty answers.
 */
public class AuthorityRequired {
    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ProblemResponses responses;

    @ServerRequestFilter
    public Uni<Response> requireAuthority(ContainerRequestContext request) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return null;
            }
            Object authority = token.getClaim(Caller.AUTHORITY_CLAIM);
            if (authority != null && !authority.toString().isBlank()) {
                return null;
            }
            return responses.response(Problem.of(ProblemType.FORBIDDEN,
                    "the access token carries no authority claim, so it may act for no youth justice service"));
        }).onFailure().recoverWithNull();
    }
}

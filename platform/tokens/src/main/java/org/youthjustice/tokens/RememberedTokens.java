package org.youthjustice.tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token verified before answers from {@link VerifiedTokens} without being verified again: this provider is
 * asked before Quarkus OIDC's, and a token it does not know goes on to OIDC's, which verifies it in full (issuer,
 * signature, expiry, audience). A user's token is the same for minutes, and verifying it was the gateway's largest
 * piece of work per request: remembered, the gateway's processor time per request fell by about 40 % (README,
 * Performance).
 */
@ApplicationScoped
public class RememberedTokens implements IdentityProvider<TokenAuthenticationRequest> {
    /** Set on an identity that came from a remembered token, so that it is not remembered again. */
    static final String REMEMBERED = "org.youthjustice.tokens.remembered";

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before Quarkus OIDC's provider, which has the default priority, 1001: the highest goes first. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // bearer access tokens only: what OIDC verifies as such
        Optional<QuarkusSecurityIdentity.Builder> known = request.getToken() instanceof AccessTokenCredential token
                ? tokens.identityOf(token.getToken()) : Optional.empty();
        if (known.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = known.get().addAttribute(REMEMBERED, true);
        // as Quarkus OIDC does for the identity it makes: the request it belongs to, and the context blocking work needs
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            routing.put(AuthenticationRequestContext.class.getName(), context);
            identity.addAttribute(RoutingContext.class.getName(), routing)
                    .addAttribute(AuthenticationRequestContext.class.getName(), context);
        }
        return Uni.createFrom().item(identity.build());
    }

    /**
     * Remembers each bearer token that Quarkus OIDC verified, with the identity as it proved it. It runs before every
     * other augmentor: they run again on the identity a remembered token gives, so what they add is not remembered.
     */
    @ApplicationScoped
    public static class Recorder implements SecurityIdentityAugmentor {
        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (rememberable(identity)) {
                JsonWebToken jwt = (JsonWebToken) identity.getPrincipal();
                tokens.remember(jwt.getRawToken(), identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
            }
            return Uni.createFrom().item(identity);
        }

        /**
         * An identity OIDC made from the bearer access token it verified: the principal is that token (not, as in a
         * sign-in, an ID token beside an access token not verified), with an expiry; of the platform's one OIDC
         * tenant (a token verified for one tenant proves nothing to another); and not bound to a client certificate or
         * a DPoP proof ({@code cnf}), which OIDC checks again on every request.
         */
        private static boolean rememberable(SecurityIdentity identity) {
            AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
            return token != null && identity.getAttribute(REMEMBERED) == null
                    && identity.getPrincipal() instanceof JsonWebToken jwt
                    && token.getToken() != null && token.getToken().equals(jwt.getRawToken())
                    && jwt.getExpirationTime() > 0
                    && jwt.getClaim("cnf") == null
                    && OidcUtils.DEFAULT_TENANT_ID.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE));
        }
    }
}

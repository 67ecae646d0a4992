package org.youthjustice.tokens;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens verified in full once, each with what it proved (who, their roles, their claims), until the token
 * expires. The key is the whole token as sent: a token that differs in any character is another key and is verified in
 * full, so nothing is accepted that the verification would not accept, except a token signed by a key that Keycloak
 * withdraws while the token is still valid, for the rest of that token's few minutes (as a service that verified it
 * once would anyway for the request in hand).
 *
 * <p>Expiry is judged on the system's clock, deliberately not the platform's: the token's lifetime is Keycloak's real
 * time and the full verification judges it on the system's clock; the platform's clock is the casework's "today",
 * which tests move to other dates.
 */
@Singleton
public class VerifiedTokens {
    /**
     * Tokens remembered at most: every user of a busy service for a token's lifetime. Past it, the expired are
     * dropped first, then all (each token is then verified in full once more).
     */
    static final int CAPACITY = 1_000;

    /** The attributes Quarkus gives an identity from the request it authenticated: each request's own, never kept. */
    static final Set<String> REQUEST_BOUND = Set.of(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());

    private final Map<String, Proved> remembered = new ConcurrentHashMap<>();
    private final Clock clock;
    private final boolean enabled;

    /** Off ({@code yj.tokens.remember=false}), nothing is remembered: every token is verified in full, the benchmarks' baseline. */
    @Inject
    public VerifiedTokens(@ConfigProperty(name = "yj.tokens.remember", defaultValue = "true") boolean enabled) {
        this(Clock.systemUTC(), enabled);
    }

    VerifiedTokens(Clock clock, boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
    }

    /** What a token remembered and not yet expired proved, to be made this request's identity. */
    Optional<QuarkusSecurityIdentity.Builder> identityOf(String token) {
        Proved proved = enabled ? remembered.get(token) : null;
        if (proved == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(proved.expiresAt())) {
            remembered.remove(token, proved);
            return Optional.empty();
        }
        // everything the identity had (principal, roles, credentials, permissions, attributes), as a new one
        return Optional.of(QuarkusSecurityIdentity.builder(proved.identity()));
    }

    /**
     * Remembers what {@code token} proved until {@code expiresAt}, without the attributes of the request it came with
     * ({@link #REQUEST_BOUND}, kept empty): those are the next request's own, and a request's objects are not kept.
     */
    void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        Instant now = clock.instant();
        if (!enabled || !now.isBefore(expiresAt)) {
            return;
        }
        if (remembered.size() >= CAPACITY) {
            // not atomic with other requests' remembering: the map may pass its capacity by a few, never by much
            remembered.values().removeIf(proved -> !now.isBefore(proved.expiresAt()));
            if (remembered.size() >= CAPACITY) {
                remembered.clear();
            }
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder(identity);
        REQUEST_BOUND.forEach(attribute -> kept.addAttribute(attribute, null));
        remembered.put(token, new Proved(kept.build(), expiresAt));
    }

    /** Whether {@code token} is remembered and not yet expired. */
    public boolean remembers(String token) {
        return identityOf(token).isPresent();
    }

    int size() {
        return remembered.size();
    }

    private record Proved(SecurityIdentity identity, Instant expiresAt) {
    }
}

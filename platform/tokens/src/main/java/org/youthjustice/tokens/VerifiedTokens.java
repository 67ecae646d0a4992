package org.youthjustice.tokens;

import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<String, Proved> remembered = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** What a token remembered and not yet expired proved, as a new identity for this request. */
    Optional<QuarkusSecurityIdentity.Builder> identityOf(String token) {
        Proved proved = remembered.get(token);
        if (proved == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(proved.expiresAt())) {
            remembered.remove(token, proved);
            return Optional.empty();
        }
        return Optional.of(QuarkusSecurityIdentity.builder()
                .setPrincipal(proved.principal())
                .addRoles(proved.roles())
                .addCredentials(proved.credentials())
                .addAttributes(proved.attributes()));
    }

    /**
     * Remembers what {@code token} proved until {@code expiresAt}, without the attributes of the request it came with
     * ({@code requestBound}): those are the next request's own.
     */
    void remember(String token, SecurityIdentity identity, Instant expiresAt, Set<String> requestBound) {
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            return;
        }
        if (remembered.size() >= CAPACITY) {
            remembered.values().removeIf(proved -> !now.isBefore(proved.expiresAt()));
            if (remembered.size() >= CAPACITY) {
                remembered.clear();
            }
        }
        // Quarkus OIDC gives some attributes a null value: a HashMap keeps them as they were
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeAll(requestBound);
        remembered.put(token, new Proved(identity.getPrincipal(), Set.copyOf(identity.getRoles()),
                Set.copyOf(identity.getCredentials()), Collections.unmodifiableMap(attributes), expiresAt));
    }

    /** Whether {@code token} is remembered and not yet expired. */
    public boolean remembers(String token) {
        return identityOf(token).isPresent();
    }

    int size() {
        return remembered.size();
    }

    private record Proved(Principal principal, Set<String> roles, Set<Credential> credentials, Map<String, Object> attributes,
            Instant expiresAt) {
    }
}

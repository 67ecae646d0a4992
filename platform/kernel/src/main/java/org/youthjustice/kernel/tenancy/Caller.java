package org.youthjustice.kernel.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.youthjustice.kernel.problem.ProblemException;

/**
 * Who is calling, from the verified token only: the subject, the authority claim and the realm
 * roles. Nothing here reads a request field or header.
 */
@RequestScoped
public class Caller {
    public static final String AUTHORITY_CLAIM = "authority";

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The caller's authority; a token without one is refused with 403, as it may act for no one. */
    public String authority() {
        return authorityIfPresent().orElseThrow(() -> ProblemException.forbidden(
                "the access token carries no authority claim, so it may act for no youth justice service"));
    }

    public Optional<String> authorityIfPresent() {
        return stringClaim(AUTHORITY_CLAIM);
    }

    /**
     * The caller's team, from the token's {@code team} claim (a user attribute in the realm), for "my
     * team's cases" (ROLES.md); a partner system or a user with no team has none.
     */
    public Optional<String> team() {
        return stringClaim("team");
    }

    private Optional<String> stringClaim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(name);
        String value = claim == null ? null : claim.toString().replace("\"", "").trim();
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The token's subject; for a partner system, its service account. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The name a person would recognise (preferred_username), for audit and display. */
    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("preferred_username");
            if (name != null) {
                return name.toString().replace("\"", "");
            }
        }
        return subject();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}

package org.youthjustice.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.youthjustice.testing.TestTokens;

/**
 * The realm's demo users' tokens as the realm shapes them (their {@code authority} and {@code team} attributes, their
 * realm roles, read from deploy/keycloak's realm file), signed with the build's test key rather than by a running
 * Keycloak: the kernel's tests are about the kernel, and starting Keycloak cost them two of the build's minutes. Real
 * Keycloak tokens are proven end to end (e2e and resilience: every service, every demo user and partner client).
 */
final class RealmUsers {
    private static final JsonNode USERS = users();

    private RealmUsers() {
    }

    /** A token for the realm's user {@code username}, as if it had signed in. */
    static String token(String username) {
        JsonNode user = StreamSupport.stream(USERS.spliterator(), false)
                .filter(candidate -> candidate.path("username").asText().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + username + " in the realm"));
        JsonNode attributes = user.path("attributes");
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(role -> roles.add(role.asText()));
        TestTokens.Builder token = TestTokens.forSubject(username).authority(attributes.path("authority").path(0).asText())
                .roles(roles.toArray(String[]::new));
        if (attributes.has("team")) {
            token.team(attributes.path("team").path(0).asText());
        }
        return token.sign();
    }

    private static JsonNode users() {
        String realm = System.getProperty("yj.realm.file");
        if (realm == null) {
            throw new IllegalStateException("system property yj.realm.file is not set (the root pom sets it for surefire)");
        }
        try {
            return new ObjectMapper().readTree(Path.of(realm).toFile()).path("users");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

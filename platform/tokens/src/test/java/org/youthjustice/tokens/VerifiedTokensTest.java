package org.youthjustice.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.StringPermission;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.youthjustice.clock.MovableClock;

class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-03-27T16:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(5));

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(clock, true);

    @Test
    void aTokenRememberedGivesWhatItProvedWithoutTheRequestItCameWith() {
        tokens.remember("token-a", proved("sam", "case-worker"), EXPIRY);

        SecurityIdentity identity = tokens.identityOf("token-a").orElseThrow().build();

        assertThat(identity.getPrincipal().getName()).isEqualTo("sam");
        assertThat(identity.getRoles()).containsExactly("case-worker");
        assertThat(identity.getCredentials()).hasSize(1);
        assertThat((String) identity.getAttribute("tenant-id")).isEqualTo("Default");
        assertThat((Object) identity.getAttribute(RoutingContext.class.getName())).isNull();
        assertThat(identity.checkPermissionBlocking(new StringPermission("read", "cases"))).isTrue();
        assertThat(tokens.remembers("token-a")).isTrue();
    }

    @Test
    void aTokenThatDiffersInAnyCharacterIsNotKnown() {
        tokens.remember("header.payload.signature", proved("sam", "case-worker"), EXPIRY);

        assertThat(tokens.identityOf("header.payload.signaturE")).isEmpty();
        assertThat(tokens.identityOf("header.payload.signature ")).isEmpty();
        assertThat(tokens.identityOf("header.payload.signature")).isPresent();
    }

    @Test
    void aTokenIsForgottenWhenItExpires() {
        tokens.remember("token-a", proved("sam", "case-worker"), EXPIRY);

        clock.set(EXPIRY.minusSeconds(1));
        assertThat(tokens.identityOf("token-a")).isPresent();
        clock.set(EXPIRY);
        assertThat(tokens.identityOf("token-a")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void offNothingIsRemembered() {
        VerifiedTokens off = new VerifiedTokens(clock, false);
        off.remember("token-a", proved("sam", "case-worker"), EXPIRY);

        assertThat(off.size()).isZero();
        assertThat(off.identityOf("token-a")).isEmpty();
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        tokens.remember("token-a", proved("sam", "case-worker"), NOW);

        assertThat(tokens.size()).isZero();
    }

    @Test
    void pastItsCapacityTheExpiredGoFirstThenAll() {
        tokens.remember("short-lived", proved("ash", "case-worker"), NOW.plusSeconds(10));
        for (int i = 1; i < VerifiedTokens.CAPACITY; i++) {
            tokens.remember("token-" + i, proved("user-" + i, "case-worker"), EXPIRY);
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);

        clock.set(NOW.plusSeconds(10));
        tokens.remember("one-more", proved("sam", "case-worker"), EXPIRY);
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        assertThat(tokens.remembers("short-lived")).isFalse();
        assertThat(tokens.remembers("one-more")).isTrue();

        tokens.remember("and-another", proved("kit", "case-worker"), EXPIRY);
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.remembers("and-another")).isTrue();
    }

    private static SecurityIdentity proved(String name, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRole(role)
                .addCredential(new PasswordCredential("not-a-token".toCharArray()))
                .addAttribute("tenant-id", "Default")
                .addAttribute(RoutingContext.class.getName(), new Object())
                .addAttribute("configuration-metadata", null)
                .addPermissionAsString("read:cases")
                .build();
    }
}

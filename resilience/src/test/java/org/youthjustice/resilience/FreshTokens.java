package org.youthjustice.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.youthjustice.e2e.RunningPlatform;

/**
 * Real tokens for a load that outlasts one token (the realm's access tokens live 5 minutes): each subject's token
 * is fetched once and again when it is 4 minutes old, as a client would. A subject is a demo user
 * ({@code wokingham-court-officer}) or a partner client ({@code client:wokingham-court-system}).
 */
final class FreshTokens {
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(4);

    private record Token(String value, long fetchedAt) {
    }

    private final RunningPlatform platform;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    FreshTokens(RunningPlatform platform) {
        this.platform = platform;
    }

    String of(String subject) {
        return tokens.compute(subject, (s, token) -> token != null
                && System.nanoTime() - token.fetchedAt() < REFRESH_AFTER.toNanos() ? token : fetch(s)).value();
    }

    private Token fetch(String subject) {
        String value = subject.startsWith("client:") ? platform.clientToken(subject.substring("client:".length()))
                : platform.token(subject);
        return new Token(value, System.nanoTime());
    }
}

package org.youthjustice.resilience;

import org.youthjustice.e2e.RunningPlatform;

/**
 * Real tokens for a load that outlasts one token (the realm's access tokens live 5 minutes), by subject: a demo user
 * ({@code wokingham-court-officer}) or a partner client ({@code client:wokingham-court-system}). The platform keeps each
 * and fetches it again a minute before it expires, as a client would.
 */
final class FreshTokens {
    private final RunningPlatform platform;

    FreshTokens(RunningPlatform platform) {
        this.platform = platform;
    }

    String of(String subject) {
        return subject.startsWith("client:") ? platform.clientToken(subject.substring("client:".length()))
                : platform.token(subject);
    }
}

package org.youthjustice.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Tokens shaped like the realm's access tokens ({@code authority} claim, realm roles, audience),
 * signed with a key made for this build only, for service tests that do not need a running Keycloak.
 * {@link LocalTokenResource} tells the service to trust that key. The key pair is written under
 * {@code target/} so the test resource and the test read the same one whatever class loader each has.
 */
public final class TestTokens {
    public static final String ISSUER = "https://keycloak.test.invalid/realms/youth-justice";
    public static final String AUDIENCE = "youth-justice-platform";

    private static final Path KEY_DIRECTORY = Path.of("target", "test-token-key").toAbsolutePath();

    private TestTokens() {
    }

    /** A token for a user of {@code authority} holding {@code roles}, valid for five minutes. */
    public static String token(String authority, String... roles) {
        return forSubject("user-" + UUID.randomUUID()).authority(authority).roles(roles).sign();
    }

    public static Builder forSubject(String subject) {
        return new Builder(subject);
    }

    /** The public key the service must trust, base64 X.509 (what {@code quarkus.oidc.public-key} takes). */
    public static String publicKey() {
        ensureKeyPair();
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(KEY_DIRECTORY.resolve("public.der")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKey() {
        ensureKeyPair();
        try {
            byte[] encoded = Files.readAllBytes(KEY_DIRECTORY.resolve("private.der"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void ensureKeyPair() {
        if (Files.exists(KEY_DIRECTORY.resolve("public.der"))) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(KEY_DIRECTORY);
            // the private key first, the public key last: its presence means the pair is complete
            write(KEY_DIRECTORY.resolve("private.der"), pair.getPrivate().getEncoded());
            write(KEY_DIRECTORY.resolve("public.der"), pair.getPublic().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Tokens are dated by the wall clock, not the service's platform clock: the service checks their
     * expiry against the system's time, as it does a Keycloak token's.
     */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    public static final class Builder {
        private final String subject;
        private String authority;
        private String team;
        private List<String> roles = List.of();
        private String issuer = ISSUER;
        private Duration validFor = Duration.ofMinutes(5);
        private Instant issuedAt = WALL_CLOCK.instant();

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder authority(String authority) {
            this.authority = authority;
            return this;
        }

        /** The {@code team} claim, as the realm maps it from the user's team attribute. */
        public Builder team(String team) {
            this.team = team;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Issued an hour ago and expired since: what a stolen old token looks like. */
        public Builder expired() {
            this.issuedAt = WALL_CLOCK.instant().minus(Duration.ofHours(1));
            this.validFor = Duration.ofMinutes(5);
            return this;
        }

        /** Valid for {@code validFor} from now (five minutes unless set). */
        public Builder validFor(Duration validFor) {
            this.validFor = validFor;
            return this;
        }

        public String sign() {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setSubject(subject);
            claims.setAudience(AUDIENCE);
            claims.setClaim("preferred_username", subject);
            claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(validFor).getEpochSecond()));
            claims.setGeneratedJwtId();
            claims.setClaim("typ", "Bearer");
            claims.setClaim("azp", "test-client");
            if (authority != null) {
                claims.setClaim("authority", authority);
            }
            if (team != null) {
                claims.setClaim("team", team);
            }
            claims.setClaim("realm_access", Map.of("roles", roles));
            JsonWebSignature signature = new JsonWebSignature();
            signature.setPayload(claims.toJson());
            signature.setKey(privateKey());
            signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            signature.setHeader("typ", "JWT");
            try {
                return signature.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

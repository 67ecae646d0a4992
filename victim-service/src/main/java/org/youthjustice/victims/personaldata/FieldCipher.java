package org.youthjustice.victims.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals one field of a victim's personal data at rest (VIC-4): AES-256-GCM with a fresh 96-bit nonce per value, the
 * field's place ({@code victim/<id>/name}) as associated data, so a sealed value copied into another row or column
 * does not open. A sealed value is {@code [format 1][nonce 12][ciphertext + tag]}; the row names the key that sealed
 * it, so keys rotate: a new current key seals every new write, the old ones stay configured until every row has been
 * sealed again ({@code dataprotection.KeyRotation}).
 */
public final class FieldCipher {
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String currentKey;

    /** {@code keys}: key id to 32 raw bytes; {@code currentKey} seals every new value. */
    public FieldCipher(Map<String, byte[]> keys, String currentKey) {
        if (currentKey == null || !keys.containsKey(currentKey)) {
            throw new IllegalArgumentException("the current personal data key '" + currentKey + "' is not among the configured keys "
                    + keys.keySet());
        }
        keys.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("personal data key '" + id + "' has " + key.length + " bytes; AES-256 needs 32");
            }
        });
        this.keys = Map.copyOf(keys.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> (SecretKey) new SecretKeySpec(e.getValue(), "AES"))));
        this.currentKey = currentKey;
    }

    public String currentKey() {
        return currentKey;
    }

    /** Sealed with the current key; null stays null. */
    public byte[] seal(String plaintext, String place) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain text of a value sealed by {@code keyId} for {@code place}; null stays null. */
    public String open(String keyId, byte[] sealed, String place) {
        if (sealed == null) {
            return null;
        }
        SecretKey key = keys.get(Objects.requireNonNull(keyId, "a sealed value names its key"));
        if (key == null) {
            // never the value itself in the message: it says which key an operator must configure again
            throw new IllegalStateException("personal data sealed with key '" + keyId + "', which is no longer configured");
        }
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("a sealed value at " + place + " is not in format " + FORMAT);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed value at " + place + " does not open with key '" + keyId
                    + "': altered, or moved from another place", e);
        }
    }
}

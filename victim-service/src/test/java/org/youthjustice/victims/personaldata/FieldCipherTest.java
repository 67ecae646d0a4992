package org.youthjustice.victims.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    @DisplayName("VIC-4: a sealed field holds no plain text, opens in its own place only, and differs each time it is sealed")
    void sealsPerField() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", key()), "k1");
        byte[] sealed = cipher.seal("Sam Example", "victim/1/name");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Sam");
        assertThat(cipher.open("k1", sealed, "victim/1/name")).isEqualTo("Sam Example");
        assertThat(cipher.seal("Sam Example", "victim/1/name")).isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open("k1", sealed, "victim/2/name")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("victim/2/name").hasMessageNotContaining("Sam");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open("k1", sealed, "victim/1/name")).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.seal(null, "victim/1/email")).isNull();
    }

    @Test
    @DisplayName("VIC-4: keys rotate: values sealed with the old key still open while it is configured, new ones use the current key")
    void keysRotate() {
        byte[] old = key();
        FieldCipher before = new FieldCipher(Map.of("2025", old), "2025");
        byte[] sealedBefore = before.seal("07700 900123", "victim/1/phone");

        FieldCipher after = new FieldCipher(Map.of("2025", old, "2026", key()), "2026");
        assertThat(after.currentKey()).isEqualTo("2026");
        assertThat(after.open("2025", sealedBefore, "victim/1/phone")).isEqualTo("07700 900123");
        byte[] resealed = after.seal(after.open("2025", sealedBefore, "victim/1/phone"), "victim/1/phone");
        assertThatThrownBy(() -> after.open("2025", resealed, "victim/1/phone")).isInstanceOf(IllegalStateException.class);
        assertThat(after.open("2026", resealed, "victim/1/phone")).isEqualTo("07700 900123");

        FieldCipher withoutOld = new FieldCipher(Map.of("2026", key()), "2026");
        assertThatThrownBy(() -> withoutOld.open("2025", sealedBefore, "victim/1/phone")).hasMessageContaining("'2025'")
                .hasMessageContaining("no longer configured");
    }

    @Test
    @DisplayName("VIC-4: a service does not start with a current key that is missing or not 256 bits")
    void refusesBadKeys() {
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", key()), "k2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", new byte[16]), "k1")).hasMessageContaining("32");
    }
}

package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtpKeyMaterialTest {

    /** Exporter output 0, 1, 2, … so every byte says where it came from. */
    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static byte[] range(int from, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(SrtpProtectionProfile.class)
    void splitsAsRfc5764Section42(SrtpProtectionProfile profile) {
        int key = profile.keyBytes();
        int salt = profile.saltBytes();
        byte[] exported = counting(SrtpKeyMaterial.exportLength(profile));
        SrtpKeyMaterial keys = SrtpKeyMaterial.split(profile, exported, false);

        assertArrayEquals(range(0, key), keys.clientKey());
        assertArrayEquals(range(key, key), keys.serverKey());
        assertArrayEquals(range(2 * key, salt), keys.clientSalt());
        assertArrayEquals(range(2 * key + salt, salt), keys.serverSalt());
        assertArrayEquals(new byte[exported.length], exported, "the exporter output is wiped");
    }

    @Test
    void lengthsFollowTheProfile() {
        assertEquals(60, SrtpKeyMaterial.exportLength(SrtpProtectionProfile.AES_CM_128_HMAC_SHA1_80));
        assertEquals(56, SrtpKeyMaterial.exportLength(SrtpProtectionProfile.AEAD_AES_128_GCM));
        assertEquals(88, SrtpKeyMaterial.exportLength(SrtpProtectionProfile.AEAD_AES_256_GCM));
        assertThrows(IllegalArgumentException.class,
                () -> SrtpKeyMaterial.split(SrtpProtectionProfile.AEAD_AES_128_GCM, new byte[60], true));
        assertThrows(IllegalArgumentException.class,
                () -> new SrtpKeyMaterial(0x0002, new byte[16], new byte[14], new byte[16], new byte[14], true));
        assertThrows(IllegalArgumentException.class,
                () -> new SrtpKeyMaterial(0x0007, new byte[16], new byte[14], new byte[16], new byte[12], true));
    }

    @Test
    void localAndRemoteFollowTheRole() {
        SrtpKeyMaterial asClient = SrtpKeyMaterial.split(SrtpProtectionProfile.AEAD_AES_128_GCM, counting(56), true);
        assertArrayEquals(asClient.clientKey(), asClient.localKey());
        assertArrayEquals(asClient.clientSalt(), asClient.localSalt());
        assertArrayEquals(asClient.serverKey(), asClient.remoteKey());
        assertArrayEquals(asClient.serverSalt(), asClient.remoteSalt());
    }

    @Test
    void neverShowsKeysAndWipes() {
        SrtpKeyMaterial keys = SrtpKeyMaterial.split(SrtpProtectionProfile.AEAD_AES_128_GCM, counting(56), false);
        SrtpKeyMaterial same = SrtpKeyMaterial.split(SrtpProtectionProfile.AEAD_AES_128_GCM, counting(56), false);
        assertEquals(same, keys);
        assertEquals("SrtpKeyMaterial[AEAD_AES_128_GCM, localIsClient=false]", keys.toString());

        keys.wipe();
        assertArrayEquals(new byte[16], keys.clientKey());
        assertArrayEquals(new byte[12], keys.serverSalt());
        assertNotEquals(same, keys);
    }
}

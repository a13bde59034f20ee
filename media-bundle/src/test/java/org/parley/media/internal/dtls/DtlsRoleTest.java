package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The two small decisions taken before a handshake: our role, and which SRTP profile a server picks. */
class DtlsRoleTest {

    @Test
    void roleIsOppositeTheBrowsersSetup() {
        assertEquals(DtlsRole.SERVER, DtlsRole.opposite("active"));
        assertEquals(DtlsRole.CLIENT, DtlsRole.opposite("PASSIVE"));
        assertThrows(IllegalArgumentException.class, () -> DtlsRole.opposite("actpass"));
        assertThrows(IllegalArgumentException.class, () -> DtlsRole.opposite("holdconn"));
    }

    @Test
    void serverPicksOurPreferenceAmongTheOffered() {
        assertArrayEquals(new int[] {0x0007, 0x0008, 0x0001}, SrtpProtectionProfile.preferredIds());
        assertEquals(SrtpProtectionProfile.AEAD_AES_128_GCM, SrtpProtectionProfile.choose(new int[] {1, 8, 7}));
        assertEquals(SrtpProtectionProfile.AEAD_AES_256_GCM, SrtpProtectionProfile.choose(new int[] {1, 8}));
        assertEquals(SrtpProtectionProfile.AES_CM_128_HMAC_SHA1_80, SrtpProtectionProfile.choose(new int[] {2, 1}));
        assertNull(SrtpProtectionProfile.choose(new int[] {2, 5, 6}));
        assertNull(SrtpProtectionProfile.choose(new int[0]));
        assertNull(SrtpProtectionProfile.byId(0x0002));
    }
}

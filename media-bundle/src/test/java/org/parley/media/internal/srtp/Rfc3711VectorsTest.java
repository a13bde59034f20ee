package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 3711 Appendix B.2 (AES-CM keystream) and B.3 (key derivation), byte for byte. */
class Rfc3711VectorsTest {

    @Test
    void aesCounterModeKeystreamOfB2() {
        AesCounterMode cipher = new AesCounterMode(Hex.bytes("2B7E151628AED2A6ABF7158809CF4F3C"));
        byte[] iv = Hex.bytes("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
        byte[] keystream = new byte[0xFF02 * AesCounterMode.BLOCK_BYTES];
        cipher.apply(iv, keystream, 0, keystream.length);
        assertEquals("e03ead0935c95e80e166b16dd92b4eb4", block(keystream, 0x0000));
        assertEquals("d23513162b02d0f72a43a2fe4a5f97ab", block(keystream, 0x0001));
        assertEquals("41e95b3bb0a2e8dd477901e4fca894c0", block(keystream, 0x0002));
        assertEquals("ec8cdf7398607cb0f2d21675ea9ea1e4", block(keystream, 0xFEFF));
        assertEquals("362b7c3c6773516318a077d7fc5073ae", block(keystream, 0xFF00));
        assertEquals("6a2cc3787889374fbeb4c81b17ba6c44", block(keystream, 0xFF01));
    }

    @Test
    void keyDerivationOfB3() {
        KeyDerivation derivation = new KeyDerivation(Hex.bytes("E1F97A0D3E018BE0D64FA32C06DE4139"),
                Hex.bytes("0EC675AD498AFEEBB6960B3AABE6"));
        assertEquals("c61e7a93744f39ee10734afe3ff7a087", hex(derivation.derive(KeyDerivation.RTP_ENCRYPTION, 16)));
        assertEquals("30cbbc08863d8c85d49db34a9ae1", hex(derivation.derive(KeyDerivation.RTP_SALT, 14)));
        assertEquals("cebe321f6ff7716b6fd4ab49af256a15" + "6d38baa48f0a0acf3c34e2359e6cdbce"
                + "e049646c43d9327ad175578ef7227098" + "6371c10c9a369ac2f94a8c5fbcdddc25"
                + "6d6e919a48b610ef17c2041e47403576" + "6b68642c59bbfc2f34db60dbdfb2",
                hex(derivation.derive(KeyDerivation.RTP_AUTHENTICATION, 94)));
    }

    private static String block(byte[] keystream, int counter) {
        return Hex.of(keystream, counter * AesCounterMode.BLOCK_BYTES, AesCounterMode.BLOCK_BYTES);
    }

    private static String hex(byte[] bytes) {
        return Hex.of(bytes, 0, bytes.length);
    }
}

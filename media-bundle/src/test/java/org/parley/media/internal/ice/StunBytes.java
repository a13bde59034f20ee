package org.parley.media.internal.ice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds STUN messages byte by byte for tests, with MESSAGE-INTEGRITY from {@code javax.crypto.Mac} and FINGERPRINT
 * from {@link CRC32} — independent of the production writer, so tests of the reader and responder do not trust it.
 */
public final class StunBytes {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final int type;
    private final byte[] transactionId;

    public StunBytes(int type, byte[] transactionId) {
        this.type = type;
        this.transactionId = transactionId.clone();
    }

    public static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    public StunBytes attribute(int attributeType, byte[] value) {
        writeShort(attributeType);
        writeShort(value.length);
        body.writeBytes(value);
        body.writeBytes(new byte[(4 - value.length % 4) % 4]);
        return this;
    }

    public StunBytes text(int attributeType, String value) {
        return attribute(attributeType, value.getBytes(StandardCharsets.UTF_8));
    }

    public StunBytes uint32(int attributeType, int value) {
        return attribute(attributeType, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
            (byte) value});
    }

    public StunBytes integrity(String password) {
        byte[] partial = header(body.size() + 24);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            mac.update(partial);
            mac.update(body.toByteArray());
            return attribute(StunAttribute.MESSAGE_INTEGRITY, mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    public StunBytes fingerprint() {
        byte[] head = header(body.size() + 8);
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(body.toByteArray());
        return uint32(StunAttribute.FINGERPRINT, (int) crc.getValue() ^ 0x5354554e);
    }

    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(header(body.size()));
        all.writeBytes(body.toByteArray());
        return all.toByteArray();
    }

    private byte[] header(int length) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(type >>> 8);
        head.write(type);
        head.write(length >>> 8);
        head.write(length);
        head.writeBytes(new byte[] {0x21, 0x12, (byte) 0xA4, 0x42});
        head.writeBytes(transactionId);
        return head.toByteArray();
    }

    private void writeShort(int value) {
        body.write(value >>> 8);
        body.write(value);
    }
}

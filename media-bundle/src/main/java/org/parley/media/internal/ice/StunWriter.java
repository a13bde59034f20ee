package org.parley.media.internal.ice;

import java.util.Objects;
import org.parley.media.internal.transport.HmacSha1;

/**
 * Writes a STUN message (RFC 8489 §5, §14) into a caller's buffer: {@link #begin} the header, add attributes in
 * wire order, end with {@link #messageIntegrity} and {@link #fingerprint} when wanted, then take {@link #length()}.
 * The header's length field is kept current after every attribute, as MESSAGE-INTEGRITY and FINGERPRINT need.
 * Values are zero-padded to 4 bytes. A buffer too small is a programming error
 * ({@link IndexOutOfBoundsException}); responses of the ICE-lite responder need {@link #MAX_RESPONSE_BYTES}.
 *
 * <p>Allocates nothing; not thread-safe.
 */
public final class StunWriter {
    /** Header, IPv6 XOR-MAPPED-ADDRESS or ERROR-CODE with a short reason, MESSAGE-INTEGRITY, FINGERPRINT. */
    public static final int MAX_RESPONSE_BYTES = 128;
    static final int ERROR_CLASS_OFFSET = 2;
    static final int ERROR_NUMBER_OFFSET = 3;
    static final int ERROR_REASON_OFFSET = 4;

    private final StunIntegrity integrity;
    private byte[] out;
    private int messageAt;
    private int position;

    public StunWriter(StunIntegrity integrity) {
        this.integrity = integrity;
    }

    /** Starts a message of {@code type} at {@code out[offset]} with the transaction id at {@code tx[txOffset]}. */
    public StunWriter begin(byte[] out, int offset, int type, byte[] tx, int txOffset) {
        Objects.checkFromIndexSize(offset, StunMessage.HEADER_BYTES, out.length);
        this.out = out;
        this.messageAt = offset;
        this.position = offset + StunMessage.HEADER_BYTES;
        StunMessage.putShort(out, offset + StunMessage.TYPE_OFFSET, type);
        StunMessage.putInt(out, offset + StunMessage.COOKIE_OFFSET, StunMessage.MAGIC_COOKIE);
        System.arraycopy(tx, txOffset, out, offset + StunMessage.TRANSACTION_ID_OFFSET,
                StunMessage.TRANSACTION_ID_BYTES);
        updateLength();
        return this;
    }

    /** Any attribute, value copied from {@code value[valueOffset, valueOffset + valueLength)}. */
    public StunWriter attribute(int type, byte[] value, int valueOffset, int valueLength) {
        int valueAt = open(type, valueLength);
        System.arraycopy(value, valueOffset, out, valueAt, valueLength);
        return close(valueAt, valueLength);
    }

    /** A 32-bit attribute such as PRIORITY. */
    public StunWriter uint32(int type, int value) {
        int valueAt = open(type, Integer.BYTES);
        StunMessage.putInt(out, valueAt, value);
        return close(valueAt, Integer.BYTES);
    }

    /** A 64-bit attribute such as ICE-CONTROLLING's tie-breaker. */
    public StunWriter uint64(int type, long value) {
        int valueAt = open(type, Long.BYTES);
        StunMessage.putInt(out, valueAt, (int) (value >>> 32));
        StunMessage.putInt(out, valueAt + Integer.BYTES, (int) value);
        return close(valueAt, Long.BYTES);
    }

    /** An attribute without value such as USE-CANDIDATE. */
    public StunWriter flag(int type) {
        return close(open(type, 0), 0);
    }

    /**
     * ERROR-CODE (RFC 8489 §14.8): 21 reserved zero bits, the class (hundreds) in 3 bits, the number (0–99) in
     * 8 bits, then the UTF-8 reason phrase.
     */
    public StunWriter errorCode(int code, byte[] reason) {
        int valueLength = ERROR_REASON_OFFSET + reason.length;
        int valueAt = open(StunAttribute.ERROR_CODE, valueLength);
        out[valueAt] = 0;
        out[valueAt + 1] = 0;
        out[valueAt + ERROR_CLASS_OFFSET] = (byte) (code / 100);
        out[valueAt + ERROR_NUMBER_OFFSET] = (byte) (code % 100);
        System.arraycopy(reason, 0, out, valueAt + ERROR_REASON_OFFSET, reason.length);
        return close(valueAt, valueLength);
    }

    public StunWriter xorMappedAddress(XorMappedAddress address) {
        Objects.checkFromIndexSize(position, StunAttribute.HEADER_BYTES + 20, out.length);
        position += address.write(out, position, messageAt);
        updateLength();
        return this;
    }

    /** MESSAGE-INTEGRITY over everything written so far (RFC 8489 §14.5). */
    public StunWriter messageIntegrity(IntegrityKey key) {
        int valueAt = open(StunAttribute.MESSAGE_INTEGRITY, HmacSha1.MAC_BYTES);
        close(valueAt, HmacSha1.MAC_BYTES);
        integrity.computeIntegrity(key, out, messageAt, valueAt - StunAttribute.HEADER_BYTES, out, valueAt);
        return this;
    }

    /** FINGERPRINT (RFC 8489 §14.7); must be the last attribute. */
    public StunWriter fingerprint() {
        int valueAt = open(StunAttribute.FINGERPRINT, StunAttribute.FINGERPRINT_BYTES);
        close(valueAt, StunAttribute.FINGERPRINT_BYTES);
        int attributeAt = valueAt - StunAttribute.HEADER_BYTES;
        StunMessage.putInt(out, valueAt, integrity.fingerprint(out, messageAt, attributeAt));
        return this;
    }

    /** Bytes written since {@link #begin}. */
    public int length() {
        return position - messageAt;
    }

    private int open(int type, int valueLength) {
        Objects.checkFromIndexSize(position, StunAttribute.HEADER_BYTES + StunMessage.padded(valueLength), out.length);
        StunMessage.putShort(out, position, type);
        StunMessage.putShort(out, position + StunAttribute.LENGTH_OFFSET, valueLength);
        return position + StunAttribute.HEADER_BYTES;
    }

    private StunWriter close(int valueAt, int valueLength) {
        int end = valueAt + StunMessage.padded(valueLength);
        for (int i = valueAt + valueLength; i < end; i++) {
            out[i] = 0;
        }
        position = end;
        updateLength();
        return this;
    }

    private void updateLength() {
        StunMessage.putShort(out, messageAt + StunMessage.LENGTH_OFFSET, length() - StunMessage.HEADER_BYTES);
    }
}

package org.parley.media.internal.ice;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * XOR-MAPPED-ADDRESS (RFC 8489 §14.2): a transport address XORed with the magic cookie (and, for IPv6, with the
 * transaction id too), so that NATs rewriting addresses in payloads leave it alone:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                X-Address (Variable: 32 or 128 bits)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * A mutable holder of one address. {@link #from(SocketAddress)} caches by reference: while the receive loop
 * passes the same source object (the JDK's {@code DatagramChannel} reuses it for an unchanged sender) nothing is
 * extracted or allocated again. Not thread-safe.
 */
public final class XorMappedAddress {
    public static final int FAMILY_IPV4 = 0x01;
    public static final int FAMILY_IPV6 = 0x02;
    static final int IPV4_BYTES = 4;
    static final int IPV6_BYTES = 16;
    static final int FAMILY_OFFSET = 1;
    static final int PORT_OFFSET = 2;
    static final int ADDRESS_OFFSET = 4;

    private final byte[] address = new byte[IPV6_BYTES];
    private SocketAddress cachedSource;
    private int family;
    private int port;

    /** Takes the address of a datagram's source; false when it is not a resolved IP socket address. */
    public boolean from(SocketAddress source) {
        if (source == cachedSource && source != null) {
            return true;
        }
        cachedSource = null;
        if (!(source instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return false;
        }
        InetAddress ip = inet.getAddress();
        byte[] raw = ip.getAddress();
        family = ip instanceof Inet4Address ? FAMILY_IPV4 : FAMILY_IPV6;
        System.arraycopy(raw, 0, address, 0, raw.length);
        port = inet.getPort();
        cachedSource = source;
        return true;
    }

    /**
     * Decodes the attribute at {@code attributeAt} of the wrapped message; false (holder unchanged in meaning)
     * when the family is unknown or the length does not match it.
     */
    public boolean read(StunReader message, int attributeAt) {
        byte[] array = message.array();
        int valueAt = attributeAt + StunAttribute.HEADER_BYTES;
        int valueLength = message.valueLength(attributeAt);
        int readFamily = valueLength > FAMILY_OFFSET ? array[valueAt + FAMILY_OFFSET] : 0;
        int readBytes = bytesOf(readFamily);
        if (readBytes < 0 || valueLength != ADDRESS_OFFSET + readBytes) {
            return false;
        }
        cachedSource = null;
        family = readFamily;
        int cookieAt = message.offset() + StunMessage.COOKIE_OFFSET;
        port = StunMessage.unsignedShort(array, valueAt + PORT_OFFSET) ^ StunMessage.MAGIC_COOKIE >>> 16;
        for (int i = 0; i < addressBytes(); i++) {
            address[i] = (byte) (array[valueAt + ADDRESS_OFFSET + i] ^ array[cookieAt + i]);
        }
        return true;
    }

    /**
     * Writes the attribute at {@code out[attributeAt]} for the message whose header (cookie and transaction id
     * already written) starts at {@code out[messageAt]}; returns the bytes written.
     */
    int write(byte[] out, int attributeAt, int messageAt) {
        int valueLength = ADDRESS_OFFSET + addressBytes();
        StunMessage.putShort(out, attributeAt, StunAttribute.XOR_MAPPED_ADDRESS);
        StunMessage.putShort(out, attributeAt + StunAttribute.LENGTH_OFFSET, valueLength);
        int valueAt = attributeAt + StunAttribute.HEADER_BYTES;
        out[valueAt] = 0;
        out[valueAt + FAMILY_OFFSET] = (byte) family;
        StunMessage.putShort(out, valueAt + PORT_OFFSET, port ^ StunMessage.MAGIC_COOKIE >>> 16);
        int cookieAt = messageAt + StunMessage.COOKIE_OFFSET;
        for (int i = 0; i < addressBytes(); i++) {
            out[valueAt + ADDRESS_OFFSET + i] = (byte) (address[i] ^ out[cookieAt + i]);
        }
        return StunAttribute.HEADER_BYTES + valueLength;
    }

    private static int bytesOf(int family) {
        return family == FAMILY_IPV4 ? IPV4_BYTES : family == FAMILY_IPV6 ? IPV6_BYTES : -1;
    }

    public int family() {
        return family;
    }

    public int port() {
        return port;
    }

    public int addressBytes() {
        return bytesOf(family);
    }

    /** The address as a socket address; allocates, so for tests and diagnostics only. */
    public InetSocketAddress toSocketAddress() {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(Arrays.copyOf(address, addressBytes())), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
        }
    }
}

package org.parley.api;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or a single
 * address. Used for trusted proxies and for the networks allowed to read metrics. Parsing never resolves
 * host names (no DNS look-up from a setting). Immutable.
 */
public final class NetworkRange {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private NetworkRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException naming the value when it is not an address or CIDR range
     */
    public static NetworkRange parse(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8)");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8)");
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + value + "': the prefix length must be 0 to " + bits);
            }
        }
        return new NetworkRange(mask(bytes, prefix), prefix, trimmed);
    }

    /** Whether the address lies in this range (an IPv4 address never matches an IPv6 range, and back). */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && java.util.Arrays.equals(mask(bytes, prefixLength), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        int bits = bytes.length * 8;
        BigInteger value = new BigInteger(1, bytes);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        byte[] masked = value.and(mask).toByteArray();
        byte[] out = new byte[bytes.length];
        int copy = Math.min(masked.length, out.length);
        System.arraycopy(masked, masked.length - copy, out, out.length - copy, copy);
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}

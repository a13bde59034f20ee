package org.parley.media.internal.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate fingerprint as SDP carries it (RFC 8122 §5): {@code a=fingerprint:<hash-func> <2UHEX *(":" 2UHEX)>},
 * the hash of the DER-encoded certificate. Accepted hash functions: sha-256 (what browsers send), sha-384 and
 * sha-512; sha-1 and md5 are refused (RFC 8122 §5 forbids MD2/MD5, and RFC 8827 §6.5 asks for SHA-256 or stronger).
 * Immutable and thread-safe; the digest array is copied in and never handed out.
 */
public final class CertificateFingerprint {
    private static final HexFormat SDP_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private final String hashFunction;
    private final byte[] digest;

    private CertificateFingerprint(String hashFunction, byte[] digest) {
        this.hashFunction = hashFunction;
        this.digest = digest;
    }

    /**
     * Parses an SDP fingerprint attribute value, e.g. {@code "sha-256 AB:CD:…"}. The hash function name is
     * case-insensitive; hex digits may be either case (RFC 8122's UHEX is upper case, some stacks send lower).
     *
     * @throws IllegalArgumentException naming the hash function or the sizes that are wrong
     */
    public static CertificateFingerprint parse(String attributeValue) {
        int space = attributeValue.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("fingerprint needs '<hash-func> <hex>', got no space in "
                    + attributeValue.length() + " characters");
        }
        String hashFunction = attributeValue.substring(0, space).toLowerCase(Locale.ROOT);
        int digestBytes = digestBytes(hashFunction);
        String hex = attributeValue.substring(space + 1).trim();
        if (hex.length() != digestBytes * 3 - 1) {
            throw new IllegalArgumentException(hashFunction + " fingerprint needs " + digestBytes + " colon-separated"
                    + " hex bytes (" + (digestBytes * 3 - 1) + " characters), got " + hex.length() + " characters");
        }
        byte[] digest;
        try {
            digest = SDP_HEX.parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            throw new IllegalArgumentException(hashFunction + " fingerprint is not colon-separated hex bytes", notHex);
        }
        return new CertificateFingerprint(hashFunction, digest);
    }

    /**
     * The fingerprint of a DER-encoded certificate under one of the accepted hash functions.
     *
     * @throws IllegalArgumentException for a hash function we do not accept
     */
    public static CertificateFingerprint of(String hashFunction, byte[] derCertificate) {
        String name = hashFunction.toLowerCase(Locale.ROOT);
        digestBytes(name);
        return new CertificateFingerprint(name, digest(name, derCertificate));
    }

    private static int digestBytes(String hashFunction) {
        return switch (hashFunction) {
            case "sha-256" -> 32;
            case "sha-384" -> 48;
            case "sha-512" -> 64;
            default -> throw new IllegalArgumentException("fingerprint hash '" + hashFunction
                    + "' refused: only sha-256, sha-384 and sha-512 are accepted");
        };
    }

    private static byte[] digest(String hashFunction, byte[] der) {
        try {
            // The SDP names ("sha-256") are the JDK's names once upper-cased ("SHA-256").
            return MessageDigest.getInstance(hashFunction.toUpperCase(Locale.ROOT)).digest(der);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK 17 has " + hashFunction, impossible);
        }
    }

    /** True when the DER-encoded certificate hashes to this fingerprint (compared in constant time). */
    public boolean matches(byte[] derCertificate) {
        return MessageDigest.isEqual(digest, digest(hashFunction, derCertificate));
    }

    /** The lower-case SDP name, e.g. "sha-256". */
    public String hashFunction() {
        return hashFunction;
    }

    /** The attribute value as SDP writes it: "sha-256 AB:CD:…" (upper-case hex, RFC 8122 §5). */
    public String toSdp() {
        return hashFunction + " " + SDP_HEX.formatHex(digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateFingerprint that && hashFunction.equals(that.hashFunction)
                && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return 31 * hashFunction.hashCode() + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return toSdp();
    }
}

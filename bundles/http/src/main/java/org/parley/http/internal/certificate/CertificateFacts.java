package org.parley.http.internal.certificate;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A certificate as {@code GET /api/v1/system/tls} shows it.
 *
 * @param subjectAltNames DNS names and IP addresses, as {@code DNS:name} / {@code IP:address}
 * @param daysLeft whole days until {@code notAfter} (negative once expired)
 * @param sha256 SHA-256 fingerprint of the DER encoding, upper-case hex bytes joined by colons (as openssl prints)
 * @param chainLength certificates served, the server's own included
 * @param selfSigned whether the server certificate signed itself
 */
public record CertificateFacts(String subject, List<String> subjectAltNames, String issuer, Instant notBefore,
        Instant notAfter, long daysLeft, String sha256, int chainLength, boolean selfSigned) {

    static CertificateFacts of(List<X509Certificate> chain, Instant now) {
        X509Certificate leaf = chain.get(0);
        Instant notAfter = leaf.getNotAfter().toInstant();
        return new CertificateFacts(leaf.getSubjectX500Principal().getName(), alternativeNames(leaf),
                leaf.getIssuerX500Principal().getName(), leaf.getNotBefore().toInstant(), notAfter,
                Duration.between(now, notAfter).toDays(), fingerprint(leaf), chain.size(), selfSigned(leaf));
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and DER encoding are part of every Java runtime", e);
        }
    }

    static List<String> alternativeNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    int type = (Integer) name.get(0);
                    if (type == 2 || type == 7) {
                        names.add((type == 2 ? "DNS:" : "IP:") + name.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // An unreadable extension shows as no names, which the validator refuses and the admin then sees.
        }
        return names;
    }

    static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

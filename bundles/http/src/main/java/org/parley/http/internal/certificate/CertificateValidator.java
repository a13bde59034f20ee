package org.parley.http.internal.certificate;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.http.internal.tls.KeyMatch;
import org.parley.http.internal.tls.PemFiles;

/**
 * Decides whether a certificate chain and its key can be served, before anything is written: both parse, the key
 * belongs to the server certificate, each certificate is issued and signed by the next one, every certificate is
 * valid now, and the server certificate names hosts. Each refusal says what to do about it; names configured for the
 * appliance that the certificate lacks only warn (a certificate may rightly name just the public host).
 */
final class CertificateValidator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CertificateValidator() {
    }

    static List<X509Certificate> parseChain(String pem) throws CertificateRefused {
        if (pem == null || pem.isBlank()) {
            throw new CertificateRefused("certificate", "certificate is missing: send the PEM chain, the server "
                    + "certificate first (-----BEGIN CERTIFICATE----- ...)");
        }
        try {
            return PemFiles.certificates(new StringReader(pem), "the certificate text");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new CertificateRefused("certificate", "the certificate is not a readable PEM chain ("
                    + e.getMessage() + "): send the server certificate first, then its issuers, each as a "
                    + "-----BEGIN CERTIFICATE----- block");
        }
    }

    static PrivateKey parseKey(String pem, String password) throws CertificateRefused {
        boolean encrypted = pem.contains("ENCRYPTED");
        if (encrypted && (password == null || password.isEmpty())) {
            throw new CertificateRefused("keyPassword", "the private key is encrypted: send its password as "
                    + "keyPassword, or upload it decrypted (openssl pkey -in key.pem -out plain-key.pem)");
        }
        try {
            return PemFiles.privateKey(new StringReader(pem), "the private key",
                    password == null ? new char[0] : password.toCharArray());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new CertificateRefused(encrypted ? "keyPassword" : "privateKey", encrypted
                    ? "the private key cannot be decrypted with this keyPassword: check the password"
                    : "the private key is not a readable PEM key (" + e.getMessage() + "): send it as "
                    + "-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN EC/RSA PRIVATE KEY-----");
        }
    }

    /** Checks the chain and key together; returns warnings that do not stop the installation. */
    static List<String> validate(List<X509Certificate> chain, PrivateKey key, List<String> hostNames, Instant now)
            throws CertificateRefused {
        X509Certificate leaf = chain.get(0);
        try {
            KeyMatch.check(leaf, key);
        } catch (GeneralSecurityException e) {
            throw new CertificateRefused("privateKey", "the private key does not match the certificate "
                    + name(leaf) + ": send the key the certificate was requested with");
        }
        checkOrder(chain);
        for (X509Certificate certificate : chain) {
            checkDates(certificate, now, certificate == leaf ? "the certificate" : "the issuer certificate");
        }
        return names(leaf, hostNames);
    }

    private static void checkOrder(List<X509Certificate> chain) throws CertificateRefused {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate child = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                throw new CertificateRefused("certificate", "the chain is out of order: certificate " + (i + 2)
                        + " (" + name(issuer) + ") did not issue certificate " + (i + 1) + " (" + name(child)
                        + ", issued by " + child.getIssuerX500Principal().getName() + "); send the server "
                        + "certificate first, then each issuer in turn, and nothing else");
            }
            try {
                child.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new CertificateRefused("certificate", "certificate " + (i + 1) + " (" + name(child)
                        + ") was not signed by the key of certificate " + (i + 2) + " (" + name(issuer)
                        + ") although it names it as issuer: send the issuer certificate your CA gave with it");
            }
        }
    }

    private static void checkDates(X509Certificate certificate, Instant now, String which) throws CertificateRefused {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            throw new CertificateRefused("certificate", which + " " + name(certificate) + " is not valid before "
                    + DAY.format(notBefore) + ": check this server's clock, or upload it once it is valid");
        }
        if (!now.isBefore(notAfter)) {
            throw new CertificateRefused("certificate", which + " " + name(certificate) + " expired on "
                    + DAY.format(notAfter) + ": ask the CA for a renewed one");
        }
    }

    private static List<String> names(X509Certificate leaf, List<String> hostNames) throws CertificateRefused {
        List<String> present = CertificateFacts.alternativeNames(leaf);
        if (present.isEmpty()) {
            throw new CertificateRefused("certificate", "the certificate " + name(leaf) + " names no host "
                    + "(no subject alternative names), so browsers refuse it: request it with the DNS names "
                    + "people use to reach Parley");
        }
        List<String> warnings = new ArrayList<>();
        for (String host : hostNames) {
            if (present.stream().noneMatch(name -> covers(name, host))) {
                warnings.add("the certificate does not name " + host + " (hostNames of org.parley.http.FrontDoor): "
                        + "browsers using that name will warn");
            }
        }
        if (hostNames.isEmpty()) {
            warnings.add("no host name is configured (hostNames of org.parley.http.FrontDoor), so the names could "
                    + "not be checked; the certificate names " + String.join(", ", present));
        }
        return warnings;
    }

    /** Whether a subject alternative name ({@code DNS:x}/{@code IP:x}) covers a host, one wildcard label allowed. */
    static boolean covers(String alternativeName, String host) {
        String name = alternativeName.substring(alternativeName.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        String wanted = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("*.")) {
            int dot = wanted.indexOf('.');
            return dot > 0 && wanted.substring(dot).equals(name.substring(1));
        }
        return name.equals(wanted);
    }

    private static String name(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}

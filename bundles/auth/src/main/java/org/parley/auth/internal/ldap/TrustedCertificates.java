package org.parley.auth.internal.ldap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context for directory connections: trusts the configured CA certificates (uploaded as PEM), or the JVM's
 * default trust store when none are set. Certificates are always checked (PKIX); there is no trust-all mode.
 */
final class TrustedCertificates {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*)-----END CERTIFICATE-----");

    private TrustedCertificates() {
    }

    /**
     * Every certificate in PEM text (one or more blocks); empty for blank text. Line breaks inside a block may be
     * missing (a settings file holds the PEM on one line), so each block's Base64 is read on its own.
     */
    static List<X509Certificate> parse(String pem) throws CertificateException {
        if (pem == null || pem.isBlank()) {
            return List.of();
        }
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_BLOCK.matcher(pem);
        while (block.find()) {
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(block.group(1));
            } catch (IllegalArgumentException e) {
                throw new CertificateException("a certificate block is not Base64: " + e.getMessage(), e);
            }
            for (Certificate certificate : factory.generateCertificates(new ByteArrayInputStream(der))) {
                certificates.add((X509Certificate) certificate);
            }
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("no certificate found (expected -----BEGIN CERTIFICATE----- blocks)");
        }
        return certificates;
    }

    /** A client TLS context that trusts these certificates (or the JVM's defaults) and explains a refusal. */
    static SSLContext context(List<X509Certificate> trusted) {
        try {
            KeyStore store = null;
            if (!trusted.isEmpty()) {
                store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                for (int i = 0; i < trusted.size(); i++) {
                    store.setCertificateEntry("ca-" + i, trusted.get(i));
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new ExplainingTrustManager(pkix(factory))}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The JVM cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    private static X509ExtendedTrustManager pkix(TrustManagerFactory factory) {
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("The JVM offers no X.509 trust manager");
    }
}

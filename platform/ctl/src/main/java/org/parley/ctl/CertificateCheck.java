package org.parley.ctl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate Parley serves, as a browser gets it: a TLS handshake with the local HTTPS port (trusting
 * anything: this looks at the certificate, it does not rely on it), then expiry and names.
 */
final class CertificateCheck {

    static final long WARN_DAYS = 30;

    private CertificateCheck() {
    }

    static CheckResult check(int port) {
        try {
            return judge(served(port), Instant.now(), InetAddress.getLocalHost().getCanonicalHostName());
        } catch (IOException | GeneralSecurityException e) {
            return CheckResult.fail("certificate", "no TLS handshake with 127.0.0.1:" + port + ": " + e.getMessage(),
                    "see 'parleyctl status' (health http, certificate) and 'parleyctl logs'");
        }
    }

    static CheckResult judge(X509Certificate certificate, Instant now, String hostName)
            throws CertificateParsingException {
        List<String> names = names(certificate);
        long days = Duration.between(now, certificate.getNotAfter().toInstant()).toDays();
        String detail = "valid until " + certificate.getNotAfter().toInstant() + " (" + days + " days), names "
                + String.join(", ", names);
        String renew = "install a new certificate (org.parley.http.FrontDoor certificateFile/keyFile), or remove "
                + "the self-signed one in var/lib/tls and restart to make a new one";
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return CheckResult.fail("certificate", "expired: " + detail, renew);
        }
        if (days < WARN_DAYS) {
            return CheckResult.warn("certificate", "expires soon: " + detail, renew);
        }
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(hostName))) {
            return CheckResult.warn("certificate", detail + "; not " + hostName, "browsers reaching Parley as "
                    + hostName + " will warn: add it (org.parley.http.FrontDoor hostNames, or the certificate's)");
        }
        return CheckResult.ok("certificate", detail);
    }

    private static List<String> names(X509Certificate certificate) throws CertificateParsingException {
        List<String> names = new ArrayList<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            alternatives.forEach(entry -> names.add(String.valueOf(entry.get(1))));
        }
        return names;
    }

    private static X509Certificate served(int port) throws IOException, GeneralSecurityException {
        X509Certificate[] seen = new X509Certificate[1];
        TrustManager keep = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("client side only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen[0] = chain[0];
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {keep}, new SecureRandom());
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(5000);
            socket.startHandshake();
        }
        return seen[0];
    }
}

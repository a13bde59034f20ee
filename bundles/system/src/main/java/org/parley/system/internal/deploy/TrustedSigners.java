package org.parley.system.internal.deploy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code trustedSigners} setting: PEM certificates, one or more per value. */
final class TrustedSigners {

    private TrustedSigners() {
    }

    /** @throws IllegalArgumentException naming the value that is not a PEM certificate */
    static List<X509Certificate> parse(String[] values) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (values == null) {
            return certificates;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isBlank()) {
                continue;
            }
            try {
                var parsed = CertificateFactory.getInstance("X.509").generateCertificates(
                        new ByteArrayInputStream(values[i].trim().getBytes(StandardCharsets.US_ASCII)));
                if (parsed.isEmpty()) {
                    throw new CertificateException("no certificate");
                }
                parsed.forEach(c -> certificates.add((X509Certificate) c));
            } catch (CertificateException e) {
                throw new IllegalArgumentException("trustedSigners value " + (i + 1) + " is not a PEM certificate "
                        + "(-----BEGIN CERTIFICATE----- ...): " + e.getMessage());
            }
        }
        return certificates;
    }
}

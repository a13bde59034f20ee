package org.parley.http.internal.tls;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The PKCS#12 file Jetty serves from, with the password that opens it (random, kept beside it readable by the
 * service user only), and the facts about its certificate that health reports.
 */
public record ServerKeystore(Path file, String password, X509Certificate certificate, boolean selfSigned) {

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }
}

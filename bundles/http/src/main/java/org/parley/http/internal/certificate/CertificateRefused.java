package org.parley.http.internal.certificate;

/** Why an uploaded certificate or key cannot be installed, worded for the admin who has to fix it. */
final class CertificateRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    CertificateRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The request field at fault: {@code certificate}, {@code privateKey} or {@code keyPassword}. */
    String field() {
        return field;
    }
}

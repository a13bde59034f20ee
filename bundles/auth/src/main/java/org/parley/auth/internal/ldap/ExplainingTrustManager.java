package org.parley.auth.internal.ldap;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks a directory server's certificate with the PKIX trust manager it wraps and, when that refuses, says which
 * certificate was refused ({@link UntrustedCertificate}), so the console can show "certificate not trusted:
 * issuer …, subject …". It decides nothing itself: every check is the wrapped manager's.
 */
final class ExplainingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager pkix;

    ExplainingTrustManager(X509ExtendedTrustManager pkix) {
        this.pkix = pkix;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            pkix.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw UntrustedCertificate.of(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            pkix.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw UntrustedCertificate.of(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            pkix.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw UntrustedCertificate.of(chain, e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        pkix.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        pkix.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        pkix.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }

    /** The server's certificate was refused; the message names its issuer and subject. */
    static final class UntrustedCertificate extends CertificateException {
        private static final long serialVersionUID = 1L;

        private UntrustedCertificate(String message, Throwable cause) {
            super(message, cause);
        }

        static UntrustedCertificate of(X509Certificate[] chain, CertificateException cause) {
            if (chain == null || chain.length == 0) {
                return new UntrustedCertificate("certificate not trusted: the server sent none", cause);
            }
            X509Certificate top = chain[chain.length - 1];
            X509Certificate server = chain[0];
            return new UntrustedCertificate("certificate not trusted: issuer " + top.getIssuerX500Principal()
                    + ", subject " + server.getSubjectX500Principal() + validity(chain)
                    + "; add the issuing CA's certificate to caCertificates", cause);
        }

        /** Names a certificate of the chain that is outside its validity period: the usual other reason. */
        private static String validity(X509Certificate[] chain) {
            for (X509Certificate certificate : chain) {
                try {
                    certificate.checkValidity();
                } catch (CertificateException e) {
                    return " (" + certificate.getSubjectX500Principal() + " is valid only from "
                            + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                            + ")";
                }
            }
            return "";
        }
    }
}

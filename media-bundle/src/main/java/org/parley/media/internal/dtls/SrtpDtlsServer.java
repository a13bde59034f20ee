package org.parley.media.internal.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsUtils;

/**
 * The SFU as DTLS 1.2 server (the browser is active): ECDHE-ECDSA with our certificate, a CertificateRequest the
 * browser must answer with the certificate of its SDP fingerprint (RFC 5763 §5), and use_srtp with our preferred
 * common profile. One per handshake; BouncyCastle calls it on the handshake thread. What it shares with
 * {@link SrtpDtlsClient} is in {@link SrtpHandshake} ({@link SrtpDtlsClient} says why the alike overrides stay).
 */
final class SrtpDtlsServer extends DefaultTlsServer {
    private final SrtpHandshake handshake;

    SrtpDtlsServer(SrtpHandshake handshake) {
        super(handshake.certificate().crypto());
        this.handshake = handshake;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), SrtpHandshake.SERVER_CIPHER_SUITES);
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshake.timeoutMillis();
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() {
        return handshake.credentials(context);
    }

    /** Asks for the browser's certificate; without one the fingerprint in its SDP could not be checked. */
    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        handshake.verifyPeer(clientCertificate);
    }

    @Override
    @SuppressWarnings("rawtypes") // BouncyCastle's extension API is raw Hashtable
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        handshake.choose(clientExtensions);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Hashtable getServerExtensions() throws IOException {
        Hashtable serverExtensions = super.getServerExtensions();
        handshake.answer(serverExtensions);
        return serverExtensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        handshake.exportKeys(context);
    }

    @Override
    public void notifyAlertReceived(short alertLevel, short alertDescription) {
        handshake.alertReceived(alertLevel, alertDescription);
    }
}

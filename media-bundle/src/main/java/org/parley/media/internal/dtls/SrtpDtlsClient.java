package org.parley.media.internal.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;

/**
 * The SFU as DTLS 1.2 client (the browser is passive): offers every SRTP profile in our order, checks the server's
 * certificate against its SDP fingerprint, and presents our certificate when asked (browsers always ask). One per
 * handshake; BouncyCastle calls it on the handshake thread.
 *
 * <p>Everything it shares with {@link SrtpDtlsServer} is in {@link SrtpHandshake}; the overrides that look alike are
 * one-line delegations that cannot move into a common base, because BouncyCastle's client and server peers extend
 * different classes.
 */
final class SrtpDtlsClient extends DefaultTlsClient {
    private final SrtpHandshake handshake;

    SrtpDtlsClient(SrtpHandshake handshake) {
        super(handshake.certificate().crypto());
        this.handshake = handshake;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), SrtpHandshake.CLIENT_CIPHER_SUITES);
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshake.timeoutMillis();
    }

    @Override
    @SuppressWarnings("rawtypes") // BouncyCastle's extension API is raw Hashtable
    public Hashtable getClientExtensions() throws IOException {
        Hashtable clientExtensions = TlsExtensionsUtils.ensureExtensionsInitialised(super.getClientExtensions());
        handshake.offer(clientExtensions);
        return clientExtensions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        handshake.checkAnswer(serverExtensions);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                handshake.verifyPeer(serverCertificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) {
                return handshake.credentials(context);
            }
        };
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

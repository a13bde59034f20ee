package org.parley.media.internal.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;

/**
 * A plain BouncyCastle DTLS 1.2 client in the browser's place (written from BC's API, not from our
 * {@link SrtpDtlsClient}): offers the given SRTP profiles (or no use_srtp at all), presents its certificate, and
 * exports the raw RFC 5764 keying material for the profile the server chose.
 */
@SuppressWarnings("rawtypes") // BouncyCastle's extension API is raw Hashtable
public final class BrowserClient extends DefaultTlsClient {
    private final DtlsCertificate certificate;
    private final int[] offeredProfiles;
    public volatile int chosenProfile = -1;
    volatile byte[] serverCertificate;
    public volatile byte[] exported;
    volatile boolean closeNotifyReceived;

    /** @param offeredProfiles use_srtp profiles to offer, or {@code null} to leave the extension out */
    public BrowserClient(DtlsCertificate certificate, int... offeredProfiles) {
        super(certificate.crypto());
        this.certificate = certificate;
        this.offeredProfiles = offeredProfiles;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = TlsExtensionsUtils.ensureExtensionsInitialised(super.getClientExtensions());
        if (offeredProfiles != null) {
            TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(offeredProfiles, TlsUtils.EMPTY_BYTES));
        }
        return extensions;
    }

    @Override
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        UseSRTPData answer = TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        chosenProfile = answer == null ? -1 : answer.getProtectionProfiles()[0];
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate server) throws IOException {
                serverCertificate = server.getCertificate().getCertificateAt(0).getEncoded();
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) {
                return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), certificate.crypto(),
                        certificate.privateKey(), certificate.chain(),
                        SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
            }
        };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        SrtpProtectionProfile profile = SrtpProtectionProfile.byId(chosenProfile);
        exported = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null,
                2 * (profile.keyBytes() + profile.saltBytes()));
    }

    @Override
    public void notifyAlertReceived(short alertLevel, short alertDescription) {
        closeNotifyReceived |= alertDescription == AlertDescription.close_notify;
    }
}

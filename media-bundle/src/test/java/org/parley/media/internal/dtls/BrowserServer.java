package org.parley.media.internal.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;

/**
 * A plain BouncyCastle DTLS 1.2 server in the place of a passive browser (written from BC's API, not from our
 * {@link SrtpDtlsServer}): requires a client certificate, answers use_srtp with the given profile (or leaves it
 * out), records what the client offered and exports the raw RFC 5764 keying material.
 */
@SuppressWarnings("rawtypes") // BouncyCastle's extension API is raw Hashtable
final class BrowserServer extends DefaultTlsServer {
    private final DtlsCertificate certificate;
    private final int answerProfile;
    volatile int[] offeredProfiles;
    volatile byte[] clientCertificate;
    volatile byte[] exported;

    /** @param answerProfile the profile to answer, or -1 to leave use_srtp out of the ServerHello */
    BrowserServer(DtlsCertificate certificate, int answerProfile) {
        super(certificate.crypto());
        this.certificate = certificate;
        this.answerProfile = answerProfile;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return new int[] {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256};
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() {
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), certificate.crypto(),
                certificate.privateKey(), certificate.chain(),
                SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign},
                TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate chain) throws IOException {
        clientCertificate = chain.isEmpty() ? null : chain.getCertificateAt(0).getEncoded();
    }

    @Override
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offer = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        offeredProfiles = offer == null ? null : offer.getProtectionProfiles();
    }

    @Override
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        if (answerProfile >= 0) {
            TlsSRTPUtils.addUseSRTPExtension(extensions,
                    new UseSRTPData(new int[] {answerProfile}, TlsUtils.EMPTY_BYTES));
        }
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        SrtpProtectionProfile profile = SrtpProtectionProfile.byId(answerProfile);
        exported = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null,
                2 * (profile.keyBytes() + profile.saltBytes()));
    }
}

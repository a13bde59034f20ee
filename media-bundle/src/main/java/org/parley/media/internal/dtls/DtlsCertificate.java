package org.parley.media.internal.dtls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The SFU's DTLS identity: an ECDSA P-256 key pair and a self-signed X.509 certificate made once per bundle
 * activation, like a browser's RTCCertificate (RFC 8827 §6.5: the certificate is bound to the session by the SDP
 * fingerprint, not by a CA, so self-signed is the norm). Also holds the BouncyCastle {@link BcTlsCrypto} — its
 * {@link SecureRandom} — that every association shares; BC's lightweight API needs no JCA provider registered,
 * which keeps the bundle free of global {@code Security} state.
 *
 * <p>Immutable and thread-safe. The private key never leaves this package and is never printed.
 */
public final class DtlsCertificate {
    /** The hash the SFU's own SDP fingerprint uses: what every browser sends and checks. */
    public static final String FINGERPRINT_HASH = "sha-256";
    /** Browsers do not check a WebRTC certificate's validity period; a year outlives any bundle activation. */
    static final Duration VALIDITY = Duration.ofDays(365);
    /** Back-dated so that a peer with a clock slightly behind ours would accept it too. */
    static final Duration NOT_BEFORE_SLACK = Duration.ofDays(1);
    /** RFC 5280 §4.1.2.2: a positive serial of at most 20 octets; 63 random bits with the top one set. */
    private static final int SERIAL_BITS = 64;

    private final BcTlsCrypto crypto;
    private final AsymmetricKeyParameter privateKey;
    private final byte[] der;
    private final Certificate chain;
    private final CertificateFingerprint fingerprint;

    private DtlsCertificate(BcTlsCrypto crypto, AsymmetricKeyParameter privateKey, byte[] der) throws IOException {
        this.crypto = crypto;
        this.privateKey = privateKey;
        this.der = der;
        this.chain = new Certificate(new TlsCertificate[] {crypto.createCertificate(der)});
        this.fingerprint = CertificateFingerprint.of(FINGERPRINT_HASH, der);
    }

    /** Makes a fresh key pair and certificate (a few milliseconds); call once per bundle activation. */
    public static DtlsCertificate generate() {
        return generate(new SecureRandom(), Instant.now());
    }

    static DtlsCertificate generate(SecureRandom random, Instant now) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(
                ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1), random));
        AsymmetricCipherKeyPair keys = generator.generateKeyPair();
        // A random CN, as browsers do: the name carries no meaning and must not identify the appliance.
        X500Name name = new X500Name("CN=parley-" + Long.toHexString(random.nextLong() >>> 1));
        try {
            BigInteger serial = new BigInteger(SERIAL_BITS - 1, random).setBit(SERIAL_BITS - 2);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, serial,
                    Date.from(now.minus(NOT_BEFORE_SLACK)), Date.from(now.plus(VALIDITY)), name,
                    SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(keys.getPublic()));
            byte[] der = builder.build(new BcECContentSignerBuilder(
                    new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256),
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)).build(keys.getPrivate())).getEncoded();
            return new DtlsCertificate(new BcTlsCrypto(random), keys.getPrivate(), der);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding the DTLS certificate failed", e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("BouncyCastle has no SHA256withECDSA signer", e);
        }
    }

    /** For {@code a=fingerprint:} in our SDP: "sha-256 AB:CD:…". */
    public CertificateFingerprint fingerprint() {
        return fingerprint;
    }

    /** The DER encoding (a copy). */
    public byte[] encoded() {
        return der.clone();
    }

    BcTlsCrypto crypto() {
        return crypto;
    }

    AsymmetricKeyParameter privateKey() {
        return privateKey;
    }

    /** The one-certificate chain BC sends in the Certificate message. */
    Certificate chain() {
        return chain;
    }

    @Override
    public String toString() {
        return "DtlsCertificate[" + fingerprint.toSdp() + "]";
    }
}

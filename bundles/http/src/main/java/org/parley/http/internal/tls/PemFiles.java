package org.parley.http.internal.tls;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a PEM certificate chain and a PEM private key (PKCS#8, traditional, encrypted or not), from files or from
 * text an admin uploaded ({@code source} names it in messages).
 */
public final class PemFiles {

    /** Decrypts keys with BouncyCastle's own provider: the JDK lacks the AES/CBC/PKCS7Padding that PBES2 keys use. */
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private PemFiles() {
    }

    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return certificates(reader, file.toString());
        }
    }

    public static List<X509Certificate> certificates(Reader reader, String source)
            throws IOException, GeneralSecurityException {
        List<X509Certificate> chain = new ArrayList<>();
        try (PEMParser parser = new PEMParser(reader)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException(source + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return chain;
    }

    static PrivateKey privateKey(Path file, char[] password) throws IOException, GeneralSecurityException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return privateKey(reader, file.toString(), password);
        }
    }

    public static PrivateKey privateKey(Reader reader, String source, char[] password)
            throws IOException, GeneralSecurityException {
        try (PEMParser parser = new PEMParser(reader)) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                PrivateKey key = convert(item, password, converter);
                if (key != null) {
                    return key;
                }
            }
        } catch (OperatorCreationException | PKCSException e) {
            throw new GeneralSecurityException(source + ": cannot decrypt the private key: is the key password right?", e);
        } catch (org.bouncycastle.openssl.PEMException e) {
            throw new GeneralSecurityException(source + ": cannot read the private key: " + e.getMessage(), e);
        }
        throw new GeneralSecurityException(source + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static PrivateKey convert(Object item, char[] password, JcaPEMKeyConverter converter)
            throws IOException, OperatorCreationException, PKCSException {
        if (item instanceof PrivateKeyInfo info) {
            return converter.getPrivateKey(info);
        }
        if (item instanceof PEMKeyPair pair) {
            return pair.getPublicKeyInfo() != null ? converter.getKeyPair(pair).getPrivate()
                    : converter.getPrivateKey(pair.getPrivateKeyInfo());
        }
        if (item instanceof PEMEncryptedKeyPair encrypted) {
            return converter.getKeyPair(encrypted.decryptKeyPair(
                    new JcePEMDecryptorProviderBuilder().setProvider(BC).build(password))).getPrivate();
        }
        if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password)));
        }
        return null;
    }
}

package org.parley.audit.internal.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key pair that signs checkpoints, generated on first start as two PEM files in the keys folder:
 * the private key readable by the owner only (0600), the public key beside it. Key material is never logged.
 */
public final class SigningKeys {

    static final String PRIVATE_FILE = "audit-checkpoint.key";
    static final String PUBLIC_FILE = "audit-checkpoint.pub";
    private static final String ALGORITHM = "Ed25519";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** Applies only when the folder is created here; an existing keys folder keeps its mode. */
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    /** Loads the key pair from {@code keysDir}, generating it there first if the private key file is missing. */
    public static KeyPair loadOrCreate(Path keysDir) throws IOException, GeneralSecurityException {
        Path privateFile = keysDir.resolve(PRIVATE_FILE);
        Path publicFile = keysDir.resolve(PUBLIC_FILE);
        if (!Files.exists(privateFile)) {
            Files.createDirectories(keysDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            KeyPair generated = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            writeOwnerOnly(privateFile, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
            Files.writeString(publicFile, pem("PUBLIC KEY", generated.getPublic().getEncoded()));
            LOG.info("Generated the audit checkpoint signing key {} (public key in {})",
                    CheckpointSigner.keyIdOf(generated.getPublic()), publicFile);
            return generated;
        }
        tightenPermissions(privateFile);
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
        return new KeyPair(publicKey, privateKey);
    }

    /** Decodes a Base64 X.509 public key as stored in the signer table. */
    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        byte[] encoded = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process created " + file + " at the same time; restart to load it", e);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static void tightenPermissions(Path privateFile) throws IOException {
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(privateFile);
        if (!OWNER_ONLY.containsAll(current)) {
            LOG.warn("The audit signing key {} was readable by others ({}); setting it to owner-only (0600)",
                    privateFile, PosixFilePermissions.toString(current));
            Files.setPosixFilePermissions(privateFile, OWNER_ONLY);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a PEM file", e);
        }
    }
}

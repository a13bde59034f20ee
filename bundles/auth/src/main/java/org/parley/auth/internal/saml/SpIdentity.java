package org.parley.auth.internal.saml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * Who this SP is to every IdP: its entityID and its signing and encryption key pairs, all kept under
 * {@code ${parley.var.lib}/saml/}. The entityID ({@code <publicBaseUrl>/saml/metadata} at the first start, in
 * {@code sp.properties}) never changes afterwards: IdPs know the SP by it.
 */
public record SpIdentity(String entityId, SpKeyPair signing, SpKeyPair encryption) {

    private static final String ENTITY_ID = "entityId";

    /** Loads the identity in {@code dir}, creating what is missing. */
    public static SpIdentity loadOrCreate(Path dir, String publicBaseUrl, Instant now) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("sp.properties");
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            String entityId = properties.getProperty(ENTITY_ID);
            if (entityId == null || entityId.isBlank()) {
                entityId = publicBaseUrl + "/saml/metadata";
                properties.setProperty(ENTITY_ID, entityId);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    properties.store(out, "Parley SAML SP: the entityID is fixed at the first start");
                }
            }
            String host = URI.create(publicBaseUrl).getHost();
            return new SpIdentity(entityId,
                    SpKeyPair.loadOrCreate(dir, "signing", "Parley SAML signing " + host, now),
                    SpKeyPair.loadOrCreate(dir, "encryption", "Parley SAML encryption " + host, now));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the SAML SP identity in " + dir, e);
        }
    }
}

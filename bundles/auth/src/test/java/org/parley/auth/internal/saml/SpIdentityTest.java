package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onelogin.saml2.settings.Saml2Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SP's keys and entityID on disk, and its metadata against the SAML metadata schema. */
class SpIdentityTest {

    @TempDir
    Path dir;

    @Test
    void makesTwoRsa3072KeysOnceKeepsThem0600AndNeverChangesTheEntityId() throws Exception {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        SpIdentity first = SpIdentity.loadOrCreate(dir, "https://meet.example.org", now);
        assertEquals("https://meet.example.org/saml/metadata", first.entityId());
        assertEquals(3072, ((RSAPublicKey) first.signing().certificate().getPublicKey()).getModulus().bitLength());
        assertNotEquals(first.signing().certificate(), first.encryption().certificate());
        assertTrue(first.signing().certificate().getNotAfter().toInstant().isAfter(now.plusSeconds(9L * 365 * 86400)));
        for (String key : new String[] {"signing.key", "encryption.key"}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(key))));
        }
        SpIdentity again = SpIdentity.loadOrCreate(dir, "https://renamed.example.org", now);
        assertEquals(first.entityId(), again.entityId());
        assertEquals(first.signing().certificate(), again.signing().certificate());
        assertEquals(first.encryption().key(), again.encryption().key());
    }

    @Test
    void metadataIsSchemaValidAndCarriesBothCertificates() throws Exception {
        SpIdentity sp = SamlFixture.SP;
        String xml = SpMetadata.xml(sp, SamlSettings.parse("https://meet.example.org", false, true, 24));
        assertEquals(java.util.List.of(), Saml2Settings.validateMetadata(xml));
        assertTrue(xml.contains("Location=\"https://meet.example.org/saml/acs\""));
        assertTrue(xml.contains("Location=\"https://meet.example.org/saml/slo\""));
        assertTrue(xml.contains(sp.signing().certificateBase64()));
        assertTrue(xml.contains(sp.encryption().certificateBase64()));
    }
}

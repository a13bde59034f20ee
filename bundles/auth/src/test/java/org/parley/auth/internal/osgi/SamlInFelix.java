package org.parley.auth.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.auth.internal.osgi.OsgiRuntimeIT.call;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.osgi.framework.Bundle;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.IdpMetadataForge;
import org.parley.testing.saml.ResponseForge;
import org.parley.testing.saml.SignatureAlgorithm;

/**
 * The SAML SP inside Felix, through reflection on the auth bundle's own classes: its embedded Santuario initialises
 * under OSGi, the SP keys are written 0600, the metadata is built, an AuthnRequest is made, and a response signed by
 * a registered IdP passes java-saml's signature validation (the XML Security code path most sensitive to class
 * loading).
 */
final class SamlInFelix {

    private static final String ENTITY_ID = "https://localhost:8443/saml/metadata";

    private SamlInFelix() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void check(Object saml, Bundle auth, Path varLib, Instant now) throws Exception {
        String metadata = (String) call(saml, "metadataXml");
        assertTrue(metadata.contains("entityID=\"" + ENTITY_ID + "\""), metadata);
        assertTrue(metadata.contains("use=\"encryption\""), metadata);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                varLib.resolve("saml/signing.key"))));

        Credential idpKey = Credential.generate("felix-idp");
        Object admin = Enum.valueOf((Class) auth.loadClass("org.parley.auth.internal.account.Role"), "ADMIN");
        Object idp = auth.loadClass("org.parley.auth.internal.saml.IdentityProvider").getConstructors()[0]
                .newInstance("felix", "Felix IdP", true, false, "", IdpMetadataForge.xml("https://idp.test/md",
                        "https://idp.test/sso", null, idpKey), 0L, "", "", "", "groups", Map.of("admins", admin), 0L);
        call(call(saml, "idps"), "insert", idp);

        Map<String, String> query = query((String) call(call(saml, "logins"), "start", "felix", "/account"));
        Matcher id = Pattern.compile("ID=\"([^\"]+)\"").matcher(inflate(query.get("SAMLRequest")));
        assertTrue(id.find() && query.containsKey("Signature"), "a signed AuthnRequest");
        String response = new ResponseForge(now).issuer("https://idp.test/md").audience(ENTITY_ID)
                .destination("https://localhost:8443/saml/acs").recipient("https://localhost:8443/saml/acs")
                .inResponseTo(id.group(1)).nameId("alice").attribute("groups", "admins")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64();
        Object accepted = call(call(saml, "consumer"), "consume", response, query.get("RelayState"));
        assertEquals("alice", call(call(accepted, "identity"), "username"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int at = pair.indexOf('=');
            parameters.put(pair.substring(0, at), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String inflate(String deflatedBase64) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(Base64.getDecoder().decode(deflatedBase64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

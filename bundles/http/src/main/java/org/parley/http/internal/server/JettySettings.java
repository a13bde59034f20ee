package org.parley.http.internal.server;

import java.util.Dictionary;
import java.util.Hashtable;
import org.parley.http.internal.tls.ServerKeystore;

/**
 * The properties of Felix HTTP's own PID ({@value #PID}) that the front door settings translate into: HTTPS with
 * TLS 1.2/1.3 and forward-secret (ECDHE) AEAD suites only, the redirect-only HTTP listener, no Server header.
 */
final class JettySettings {

    static final String PID = "org.apache.felix.http";

    /** TLS 1.3 suites are all forward-secret; for 1.2 only ECDHE key exchange with AEAD ciphers. */
    static final String CIPHER_SUITES = String.join(",",
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private JettySettings() {
    }

    static Dictionary<String, Object> of(FrontDoorConfig config, ServerKeystore keystore) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("org.apache.felix.http.host", config.bindAddress());
        properties.put("org.apache.felix.https.enable", true);
        properties.put("org.osgi.service.http.port.secure", config.httpsPort());
        properties.put("org.apache.felix.http.enable", config.httpPort() > 0);
        properties.put("org.osgi.service.http.port", config.httpPort() > 0 ? config.httpPort() : -1);
        properties.put("org.apache.felix.https.keystore", keystore.file().toString());
        properties.put("org.apache.felix.https.keystore.password", keystore.password());
        properties.put("org.apache.felix.https.keystore.key.password", keystore.password());
        properties.put("org.apache.felix.https.keystore.type", "PKCS12");
        properties.put("org.apache.felix.https.jetty.protocols.included", "TLSv1.2,TLSv1.3");
        properties.put("org.apache.felix.https.jetty.ciphersuites.included", CIPHER_SUITES);
        properties.put("org.apache.felix.https.jetty.renegotiateAllowed", false);
        properties.put("org.apache.felix.http.jetty.sendServerHeader", false);
        properties.put("org.apache.felix.https.jetty.session.cookie.secure", true);
        properties.put("org.apache.felix.https.jetty.session.cookie.httpOnly", true);
        properties.put("org.apache.felix.jetty.gziphandler.enable", false);
        // The Jetty-native WebSocket container, for the signaling bundle's /ws servlet.
        properties.put("org.apache.felix.jetty.websocket.enable", true);
        return properties;
    }

    /** Whether two configurations would run Jetty the same way (so an update would only restart it). */
    static boolean same(Dictionary<String, Object> current, Dictionary<String, Object> wanted) {
        if (current == null) {
            return false;
        }
        for (var keys = wanted.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            Object have = current.get(key);
            if (have == null || !String.valueOf(have).equals(String.valueOf(wanted.get(key)))) {
                return false;
            }
        }
        return true;
    }
}

package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** TLS as an outside client sees it: protocol versions, cipher suites, redirect and security headers. */
@ExtendWith(ParleyExtension.class)
class TlsIT {

    @Test
    void refusesTls11EvenWhenTheClientOffersIt(Appliance parley) throws Exception {
        // SECLEVEL=0 lets this openssl offer TLS 1.1 at all, so a failure is the server's refusal.
        OpenSsl.Handshake handshake = OpenSsl.connect(parley.httpsPort(), "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0");
        assertNotEquals(0, handshake.exitCode(), handshake.output());
        assertFalse(handshake.output().contains("no protocols available"), "the client never offered TLS 1.1: "
                + handshake.output());
        assertTrue(handshake.output().contains("alert protocol version")
                || handshake.output().contains("unsupported protocol"), handshake.output());
    }

    @Test
    void acceptsTls13(Appliance parley) throws Exception {
        OpenSsl.Handshake handshake = OpenSsl.connect(parley.httpsPort(), "-tls1_3");
        assertTrue(handshake.negotiated("TLSv1.3"), handshake.output());
    }

    @Test
    void tls12OnlyWithForwardSecretAeadSuites(Appliance parley) throws Exception {
        assertTrue(OpenSsl.connect(parley.httpsPort(), "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256")
                .negotiated("TLSv1.2"));
        OpenSsl.Handshake cbc = OpenSsl.connect(parley.httpsPort(), "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-SHA");
        assertNotEquals(0, cbc.exitCode(), cbc.output());
    }

    @Test
    void plainHttpOnlyRedirectsToHttps(Appliance parley) {
        Reply reply = parley.plainHttp().get("/api/v1/health?x=1");
        assertEquals(308, reply.status(), reply::toString);
        assertEquals("https://127.0.0.1:" + parley.httpsPort() + "/api/v1/health?x=1", reply.header("Location"));
        assertEquals("", reply.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders(Appliance parley) {
        for (Reply reply : new Reply[] {parley.api().get("/api/v1/health"), parley.api().get("/no/such/page"),
            parley.api().get("/api/v1/no-such-route")}) {
            assertTrue(reply.header("Strict-Transport-Security").startsWith("max-age="), reply::toString);
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), reply::toString);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertEquals("no-referrer", reply.header("Referrer-Policy"));
        }
    }
}

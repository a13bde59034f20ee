package org.parley.http.internal.server;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the front door, PID {@value #PID}. Certificate and key (and their password) change together. */
@ObjectClassDefinition(id = FrontDoorConfig.PID, name = "HTTPS front door",
        description = "Ports, bind address, TLS certificate and trusted reverse proxies of Parley's web server.")
public @interface FrontDoorConfig {

    String PID = "org.parley.http.FrontDoor";

    @AttributeDefinition(name = "HTTPS port", description = "TCP port of HTTPS (1-65535).", min = "1", max = "65535")
    int httpsPort() default 8443;

    @AttributeDefinition(name = "HTTP redirect port",
            description = "TCP port that only redirects to HTTPS; 0 turns it off.", min = "0", max = "65535")
    int httpPort() default 8080;

    @AttributeDefinition(name = "Bind address",
            description = "Address to listen on: 0.0.0.0 for every IPv4 and IPv6 address, or one address of this host.")
    String bindAddress() default "0.0.0.0";

    @AttributeDefinition(name = "Certificate file", description = "PEM certificate chain (server certificate first) "
            + "or PKCS#12 file (.p12/.pfx). Empty: a self-signed certificate made on first start under var/lib/tls.")
    String certificateFile() default "";

    @AttributeDefinition(name = "Private key file", description = "PEM private key of the certificate (PKCS#8 or "
            + "traditional). Not used with PKCS#12.")
    String keyFile() default "";

    @AttributeDefinition(name = "Key password", type = AttributeType.PASSWORD,
            description = "Password of the PKCS#12 file or of an encrypted PEM key; empty when there is none.")
    String keyPassword() default "";

    @AttributeDefinition(name = "Host names", description = "Extra DNS names for the self-signed certificate "
            + "(this host's name, localhost and its addresses are always in it).")
    String[] hostNames() default {};

    @AttributeDefinition(name = "Trusted proxies", description = "Addresses or CIDR ranges of reverse proxies whose "
            + "X-Forwarded-For and X-Forwarded-Proto headers are believed. Empty: none.")
    String[] trustedProxies() default {};

    @AttributeDefinition(name = "HSTS max-age (seconds)", description = "Strict-Transport-Security max-age; 0 omits "
            + "the header.", min = "0")
    long hstsMaxAgeSeconds() default 31_536_000L;

    @AttributeDefinition(name = "Largest request body (KiB)", description = "Requests with a larger body get 413.",
            min = "1")
    int maxBodyKib() default 1024;
}

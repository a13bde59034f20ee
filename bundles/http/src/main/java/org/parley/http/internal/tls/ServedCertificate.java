package org.parley.http.internal.tls;

import java.io.IOException;
import java.util.List;

/**
 * The certificate the HTTPS listener serves, as the front door applied it, and the way to serve a newly installed
 * one. Implemented by the front door; used by the TLS REST resource of this bundle only.
 */
public interface ServedCertificate {

    /** The keystore Jetty serves from, or null before the web server was first configured. */
    ServerKeystore current();

    /** The front door settings' {@code certificateFile}, empty when the certificate is the installed or self-signed one. */
    String certificateFile();

    /** The front door settings' {@code hostNames}: the names people reach the appliance by. */
    List<String> hostNames();

    /** The files under {@code var/lib/tls}. */
    TlsMaterial material();

    /**
     * Prepares the certificate again and hands Jetty the result; Felix HTTP restarts its listeners with it (it has
     * no in-place reload). Runs asynchronously after {@code delayMillis}, so the request that asked for it is
     * answered first over the old listener.
     */
    void reloadLater(long delayMillis) throws IOException;
}

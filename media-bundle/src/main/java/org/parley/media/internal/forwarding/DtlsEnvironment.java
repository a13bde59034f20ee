package org.parley.media.internal.forwarding;

import java.util.concurrent.Executor;
import org.parley.media.internal.dtls.DtlsCertificate;
import org.parley.media.internal.dtls.DtlsSettings;

/**
 * What every leg's DTLS association shares: the SFU's certificate (made once per activation; its fingerprint is in
 * every SDP), the executor the handshakes run on (a handshake holds a thread while it waits for the browser, at most
 * the timeout) and the settings.
 */
public record DtlsEnvironment(DtlsCertificate certificate, Executor executor, DtlsSettings settings) {
}

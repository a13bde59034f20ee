package org.parley.media.internal.forwarding;

import org.parley.media.internal.sdp.Fingerprint;
import org.parley.media.internal.sdp.IceCredentials;
import org.parley.media.internal.sdp.ServerTransport;

/**
 * What every leg's SDP advertises of the server: the public address (IP literal or host name, as set for NAT),
 * the shared UDP port, the ICE-TCP port (0 = none) and the sha-256 fingerprint of the DTLS certificate.
 * Validated by {@link ServerTransport} when a leg's transport is made.
 */
public record ServerEndpoint(String address, int udpPort, int tcpPort, Fingerprint fingerprint) {

    /** The transport one leg advertises, with its own ICE credentials. */
    ServerTransport transport(IceCredentials ice) {
        return new ServerTransport(ice, fingerprint, address, udpPort, tcpPort);
    }
}

package org.parley.media.internal.transport;

/** Which socket a packet came through: the shared UDP port, or a passive ICE-TCP connection (RFC 6544). */
public enum TransportKind {
    UDP, TCP
}

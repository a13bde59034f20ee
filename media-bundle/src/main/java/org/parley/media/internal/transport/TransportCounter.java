package org.parley.media.internal.transport;

/** What the media sockets count; {@link TransportCounters} holds one value each. Some apply to TCP only. */
public enum TransportCounter {
    /** Datagrams or RFC 4571 frames handed to the sink. */
    PACKETS_RECEIVED,
    BYTES_RECEIVED,
    /** UDP datagrams that filled the whole pool buffer, so possibly cut short by the socket: dropped. */
    TRUNCATED,
    /** Socket reads that failed (the loop goes on). */
    RECEIVE_ERRORS,
    /** Exceptions thrown by the sink (the loop goes on). */
    SINK_ERRORS,
    PACKETS_SENT,
    BYTES_SENT,
    /** Sends the socket refused (unreachable, closed, bad destination). */
    SEND_ERRORS,
    /** UDP: of the packets received, those read from a peer's connected socket (no source address decoded). */
    PEER_PACKETS_RECEIVED,
    /** UDP: of the packets sent, those written to a peer's connected socket (no destination looked up). */
    PEER_PACKETS_SENT,
    /** UDP: connected sockets opened for peers ICE bound. */
    PEER_SOCKETS_OPENED,
    /** UDP: connected sockets closed (the leg left the 5-tuple, ended, or the port closed). */
    PEER_SOCKETS_CLOSED,
    /** UDP: peers left on the shared socket because a connected one could not be opened (no SO_REUSEPORT). */
    PEER_SOCKET_FALLBACKS,
    /** TCP: packets dropped because the connection's send queue was full (a slow or stalled reader). */
    SEND_QUEUE_FULL,
    /** TCP: connections accepted and kept. */
    CONNECTIONS_ACCEPTED,
    /** TCP: connections refused because the port already had its maximum. */
    REFUSED_TOTAL_LIMIT,
    /** TCP: connections refused because their source address already had its maximum. */
    REFUSED_ADDRESS_LIMIT,
    /** TCP: RFC 4571 frames of length 0 or longer than a pool buffer; the connection is closed. */
    FRAMING_ERRORS,
    /** TCP: connections closed because no valid ICE check arrived within the probation time. */
    CLOSED_UNCONFIRMED,
    /** TCP: connections closed because nothing arrived for the idle time. */
    CLOSED_IDLE,
    /** TCP: connections closed by the peer, a socket error, or {@link PacketReply#close()}. */
    CLOSED_OTHER
}

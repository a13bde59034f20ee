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

package org.parley.media.internal.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The settings of the passive ICE-TCP port ({@link IceTcpPort}); the service maps its Metatype configuration onto
 * this record. Validated on construction, so a bad value fails where it is configured.
 *
 * @param bindAddress              where to listen (port 0 = any free port, for tests)
 * @param maxConnections           open connections on the port at most; more are closed at once
 * @param maxConnectionsPerAddress open connections from one source IP at most; must allow for a hospital NAT
 *                                 that puts every guest behind one address
 * @param probationMillis          a connection is closed when no valid ICE check confirmed it this long after
 *                                 accept (the brief's 10 s)
 * @param idleMillis               a connection is closed when nothing arrived for this long (browsers send a
 *                                 consent check every ~5 s, RFC 7675 §5.1; use the consent timeout, 30 s)
 * @param sendQueueBytes           bytes queued per connection while the kernel's send buffer is full; beyond it
 *                                 packets are dropped and counted (what UDP would do)
 * @param socketBufferBytes        {@code SO_SNDBUF} and {@code SO_RCVBUF} asked for each connection
 */
public record IceTcpSettings(InetSocketAddress bindAddress, int maxConnections, int maxConnectionsPerAddress,
                             long probationMillis, long idleMillis, int sendQueueBytes, int socketBufferBytes) {
    public static final int DEFAULT_PORT = 4443;
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 64;
    public static final long DEFAULT_PROBATION_MILLIS = 10_000;
    public static final long DEFAULT_IDLE_MILLIS = 30_000;
    public static final int DEFAULT_SEND_QUEUE_BYTES = 64 * 1024;
    public static final int DEFAULT_SOCKET_BUFFER_BYTES = 256 * 1024;

    public IceTcpSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        positive("maxConnections", maxConnections);
        positive("maxConnectionsPerAddress", maxConnectionsPerAddress);
        positive("probationMillis", probationMillis);
        positive("idleMillis", idleMillis);
        if (sendQueueBytes < Rfc4571Reader.LENGTH_BYTES + Rfc4571Reader.MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("sendQueueBytes must hold one frame ("
                    + (Rfc4571Reader.LENGTH_BYTES + Rfc4571Reader.MAX_FRAME_BYTES) + "), was " + sendQueueBytes);
        }
        positive("socketBufferBytes", socketBufferBytes);
    }

    /** The defaults above on {@code bindAddress}. */
    public static IceTcpSettings defaults(InetSocketAddress bindAddress) {
        return new IceTcpSettings(bindAddress, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
                DEFAULT_PROBATION_MILLIS, DEFAULT_IDLE_MILLIS, DEFAULT_SEND_QUEUE_BYTES, DEFAULT_SOCKET_BUFFER_BYTES);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}

package org.parley.media.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the media UDP sockets are opened: the shared one with {@code SO_REUSEPORT} (so that sockets connected to
 * single peers can bind the same address and port beside it) and those connected ones. Linux hands a datagram to
 * the most specific socket of the group, the connected one for its peer, and never picks a connected socket for
 * another peer's datagram; the shared socket gets everything else.
 */
final class UdpSockets {
    private static final Logger LOG = LoggerFactory.getLogger(UdpSockets.class);

    private UdpSockets() {
    }

    /**
     * Binds the shared socket, non-blocking. A fixed port is first bound once without {@code SO_REUSEPORT}: that
     * fails while anyone holds it, so a second Parley of the same user cannot silently share the port (reuse
     * would let it), and the port is reported taken as before.
     */
    static DatagramChannel openShared(InetSocketAddress bindAddress, int bufferBytes) throws IOException {
        if (bindAddress.getPort() != 0) {
            try (DatagramChannel probe = DatagramChannel.open()) {
                probe.bind(bindAddress);
            }
        }
        DatagramChannel channel = DatagramChannel.open();
        try {
            if (reusePortSupported(channel)) {
                channel.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            } else {
                LOG.warn("SO_REUSEPORT is not supported here: every media peer shares one UDP socket, whose receive "
                        + "allocates a source address whenever the sender changes");
            }
            channel.setOption(StandardSocketOptions.SO_RCVBUF, bufferBytes);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, bufferBytes);
            channel.bind(bindAddress);
            channel.configureBlocking(false);
            warnWhenBuffersShrunk(channel, bufferBytes);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static boolean reusePortSupported(DatagramChannel channel) {
        return channel.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT);
    }

    /**
     * A non-blocking socket bound to {@code local} beside the shared one and connected to {@code peer}. Until
     * {@code connect} returns the kernel may queue other peers' datagrams on it (it is then an unconnected member
     * of the port's group): the caller reads those with {@code receive} before trusting {@code read}.
     */
    static DatagramChannel openConnected(InetSocketAddress local, InetSocketAddress peer, int bufferBytes)
            throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, bufferBytes);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, bufferBytes);
            channel.bind(local);
            channel.connect(peer);
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Closing {}", closeable, e);
        }
    }

    private static void warnWhenBuffersShrunk(DatagramChannel channel, int asked) throws IOException {
        // Linux reports twice the granted size (its bookkeeping overhead), so half the asked size is the floor.
        int receive = channel.getOption(StandardSocketOptions.SO_RCVBUF);
        int send = channel.getOption(StandardSocketOptions.SO_SNDBUF);
        if (receive < asked / 2 || send < asked / 2) {
            LOG.warn("Media UDP socket buffers are {} (receive) and {} (send) bytes, {} asked: raise "
                    + "net.core.rmem_max and net.core.wmem_max to avoid loss in bursts", receive, send, asked);
        }
    }
}

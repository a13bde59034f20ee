package org.parley.media.internal.io;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.LongSupplier;
import org.parley.media.internal.transport.IceTcpPort;
import org.parley.media.internal.transport.IceTcpSettings;
import org.parley.media.internal.transport.UdpPort;

/**
 * The SFU's sockets: the shared UDP port and, unless its port is 0, the passive ICE-TCP port, each with its own
 * {@link MediaSink} (one per I/O thread) over the same {@link LegRegistry}.
 *
 * <p>Lifecycle: {@link #open} binds both or neither; {@link #close} closes both and waits for their threads.
 * Thread-safe to close from any thread.
 */
public final class MediaPorts implements AutoCloseable {
    /** Receive buffers of the UDP thread: the sink copies what it keeps, so one is in use at a time. */
    private static final int UDP_POOL = 4;

    private final UdpPort udp;
    private final IceTcpPort tcp;

    private MediaPorts(UdpPort udp, IceTcpPort tcp) {
        this.udp = udp;
        this.tcp = tcp;
    }

    /** What the ports are opened with. */
    public record Settings(InetSocketAddress udp, int udpBufferBytes, IceTcpSettings tcp) {
    }

    /**
     * Binds the ports and starts their threads.
     *
     * @param settings where; {@code tcp} null for no ICE-TCP
     * @param clockMillis the coarse clock the sinks and the ICE-TCP housekeeping read
     * @throws IOException when a port cannot be bound (then none is open)
     */
    public static MediaPorts open(Settings settings, LegRegistry legs, LongSupplier clockMillis,
            SinkCounters counters) throws IOException {
        UdpPort udp = UdpPort.open(settings.udp(), settings.udpBufferBytes(), UDP_POOL,
                new MediaSink(legs, clockMillis, counters));
        if (settings.tcp() == null) {
            return new MediaPorts(udp, null);
        }
        try {
            return new MediaPorts(udp, IceTcpPort.open(settings.tcp(), clockMillis,
                    new MediaSink(legs, clockMillis, counters)));
        } catch (IOException | RuntimeException e) {
            udp.close();
            throw e;
        }
    }

    /** The bound UDP port (the configured one, or the one the system chose for port 0). */
    public int udpPort() {
        return udp.port();
    }

    /** The bound ICE-TCP port, or 0 when off. */
    public int tcpPort() {
        return tcp == null ? 0 : tcp.port();
    }

    public UdpPort udp() {
        return udp;
    }

    @Override
    public void close() {
        udp.close();
        if (tcp != null) {
            tcp.close();
        }
    }
}

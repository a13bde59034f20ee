package org.parley.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where an appliance of the tests takes media: the media bundle's settings PID {@value #PID} (its
 * {@code TransportSettings}), written like every other PID as a file under {@code etc/conf.d}. The only place the
 * tests name that PID and its attributes. Every appliance of the run gets loopback-only media on free ports
 * ({@link #onLoopback}, from {@link Appliance#prepare}), so appliances booted side by side never collide on the
 * defaults (UDP 10000, TCP 4443) and nothing listens on, or advertises, any address but 127.0.0.1; a test with
 * other needs passes its own file under {@link #FILE}.
 *
 * @param bindAddress where the UDP port and the ICE-TCP listener bind
 * @param publicAddress the address the SDP's candidates advertise
 */
record MediaTransport(String bindAddress, String publicAddress, int udpPort, int tcpPort) {

    static final String PID = "org.parley.media.Transport";
    static final String FILE = PID + ".cfg";
    static final String UDP_PORT = "udpPort";
    static final String TCP_PORT = "tcpPort";
    static final String BIND_ADDRESS = "bindAddress";
    static final String PUBLIC_ADDRESS = "publicAddress";
    static final String LOOPBACK = "127.0.0.1";

    /** Media on 127.0.0.1 with a free UDP and a free TCP port. */
    static MediaTransport onLoopback() {
        return on(LOOPBACK);
    }

    /** Bound to and advertising this address of the machine (a veth of a test's own network namespace, say). */
    static MediaTransport on(String address) {
        return new MediaTransport(address, address, freeUdpPort(address), Appliance.freePort());
    }

    /** The settings file's content. */
    String file() {
        return UDP_PORT + "=" + udpPort + "\n" + TCP_PORT + "=" + tcpPort + "\n" + BIND_ADDRESS + "=" + bindAddress
                + "\n" + PUBLIC_ADDRESS + "=" + publicAddress + "\n";
    }

    /**
     * Writes these settings into ConfigAdmin's store of a home not yet booted, so the media service binds them
     * from its first activation: the settings file under etc/conf.d only arrives once FileInstall has scanned it,
     * and until then the service would bind its defaults (0.0.0.0, ports 10000 and 4443), which other
     * appliances of the same run may hold.
     */
    void store(Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("var/lib/config/org/parley/media"));
        Files.writeString(folder.resolve("Transport.config"), "service.pid=\"" + PID + "\"\n"
                + UDP_PORT + "=I\"" + udpPort + "\"\n" + TCP_PORT + "=I\"" + tcpPort + "\"\n"
                + BIND_ADDRESS + "=\"" + bindAddress + "\"\n" + PUBLIC_ADDRESS + "=\"" + publicAddress + "\"\n");
    }

    /** What the appliance was configured with, read back from its settings file. */
    static MediaTransport of(Appliance parley) {
        Properties settings = new Properties();
        try {
            settings.load(new StringReader(Files.readString(parley.home().resolve("etc/conf.d").resolve(FILE))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MediaTransport(settings.getProperty(BIND_ADDRESS), settings.getProperty(PUBLIC_ADDRESS),
                Integer.parseInt(settings.getProperty(UDP_PORT)), Integer.parseInt(settings.getProperty(TCP_PORT)));
    }

    InetSocketAddress udp() {
        return new InetSocketAddress(publicAddress, udpPort);
    }

    private static int freeUdpPort(String address) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parley.audit.internal.stream;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** Sends formatted syslog messages over UDP or TCP; used by one thread at a time. */
abstract class SyslogTransport implements Closeable {

    /** UDP carries at most this much of one message (IPv4 maximum payload). */
    static final int MAX_DATAGRAM = 65_507;
    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

    abstract void send(byte[] message) throws IOException;

    static SyslogTransport open(SyslogTarget target) {
        return target.tcp() ? new Tcp(target) : new Udp(target);
    }

    /** RFC 5426: one message per datagram, on a connected channel so an ICMP "port unreachable" surfaces. */
    private static final class Udp extends SyslogTransport {
        private final SyslogTarget target;
        private DatagramChannel channel;

        Udp(SyslogTarget target) {
            this.target = target;
        }

        @Override
        void send(byte[] message) throws IOException {
            if (channel == null) {
                channel = DatagramChannel.open().connect(new InetSocketAddress(target.host(), target.port()));
            }
            try {
                channel.write(ByteBuffer.wrap(message, 0, Math.min(message.length, MAX_DATAGRAM)));
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }

    /** RFC 6587 octet counting over one kept-open connection, opened again after a failure. */
    private static final class Tcp extends SyslogTransport {
        private final SyslogTarget target;
        private Socket socket;
        private OutputStream out;

        Tcp(SyslogTarget target) {
            this.target = target;
        }

        @Override
        void send(byte[] message) throws IOException {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.connect(new InetSocketAddress(target.host(), target.port()), CONNECT_TIMEOUT_MILLIS);
                    out = socket.getOutputStream();
                }
                out.write(SyslogMessage.octetCounted(message));
                out.flush();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                Socket closing = socket;
                socket = null;
                out = null;
                closing.close();
            }
        }
    }
}

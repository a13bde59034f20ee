package org.parley.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy the test opens and cuts, standing between Parley and PostgreSQL: "open" forwards
 * connections, "cut" closes every open connection and refuses new ones (the port stays reserved).
 */
final class TcpProxy implements AutoCloseable {

    private final InetAddress listen;
    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    TcpProxy(int targetPort) {
        this(InetAddress.getLoopbackAddress(), targetPort);
    }

    /** A proxy listening on another address of this machine (a test's own network namespace's veth, say). */
    TcpProxy(InetAddress listen, int targetPort) {
        this.listen = listen;
        this.targetPort = targetPort;
        this.port = Appliance.freePort();
    }

    int port() {
        return port;
    }

    synchronized void open() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(listen, port));
        listener = server;
        Thread acceptor = new Thread(() -> accept(server), "proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // One side went away: the other is closed below.
            } finally {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
        }, "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}

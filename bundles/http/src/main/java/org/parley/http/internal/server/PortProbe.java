package org.parley.http.internal.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** Tells before Jetty tries whether a port can be listened on, so the cause can be named (exit 78). */
final class PortProbe {

    private PortProbe() {
    }

    /** Waits until the port can be bound or the time is up; a short poll, since Jetty lets go within moments. */
    static void awaitFree(String bindAddress, int port, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (problem(bindAddress, port, "httpsPort") != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return null when free, else why not, naming address and port */
    static String problem(String bindAddress, int port, String attribute) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            InetAddress address = "0.0.0.0".equals(bindAddress) ? null : InetAddress.getByName(bindAddress);
            socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
            return null;
        } catch (UnknownHostException e) {
            return "bind address " + bindAddress + " (" + FrontDoorConfig.PID + " bindAddress) is not an address of "
                    + "this host";
        } catch (IOException e) {
            return "port " + port + " on " + bindAddress + " is in use or not allowed (" + FrontDoorConfig.PID + " "
                    + attribute + "): stop the program that holds it or choose another port (" + e.getMessage() + ")";
        }
    }
}

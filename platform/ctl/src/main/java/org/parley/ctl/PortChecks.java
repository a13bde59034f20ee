package org.parley.ctl;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ports Parley needs: with Parley up, that it listens on them (TCP: a connection is accepted; UDP: the port is
 * taken); with Parley down, that it could bind them (nothing else holds them).
 */
final class PortChecks {

    static final String FRONT_DOOR = "org.parley.http.FrontDoor";
    static final String MEDIA = "org.parley.media.Transport";
    private static final int CONNECT_MILLIS = 2000;

    private PortChecks() {
    }

    /** The ports when Parley is down: the setting files, else the defaults of the PIDs. */
    static Map<String, Integer> fromFiles(Path confD) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("https", setting(confD, FRONT_DOOR, "httpsPort", 8443));
        ports.put("http", setting(confD, FRONT_DOOR, "httpPort", 8080));
        ports.put("mediaUdp", setting(confD, MEDIA, "udpPort", 10000));
        ports.put("mediaTcp", setting(confD, MEDIA, "tcpPort", 4443));
        return ports;
    }

    static int setting(Path confD, String pid, String attribute, int fallback) {
        Path file = confD.resolve(pid + ".cfg");
        Pattern line = Pattern.compile("^\\s*" + Pattern.quote(attribute) + "\\s*[=:]\\s*(?:[A-Za-z]?\")?(\\d+)\"?\\s*$");
        try {
            for (String text : Files.readAllLines(file)) {
                Matcher matcher = line.matcher(text);
                if (matcher.matches()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no file, or not a number there: Parley itself would refuse it; the default is what it falls back to
        }
        return fallback;
    }

    static CheckResult check(String role, int port, boolean running) {
        String name = "port " + role;
        if (port == 0) {
            return CheckResult.ok(name, "off");
        }
        boolean udp = role.equals("mediaUdp");
        String label = (udp ? "UDP " : "TCP ") + port;
        String setting = role.startsWith("media") ? MEDIA + " " + (udp ? "udpPort" : "tcpPort")
                : FRONT_DOOR + " " + (role.equals("https") ? "httpsPort" : "httpPort");
        if (running) {
            boolean listening = udp ? !bindable(port, true) : accepts(port);
            return listening ? CheckResult.ok(name, label + " in use by Parley")
                    : CheckResult.fail(name, "Parley is not listening on " + label, "see 'parleyctl status' (health "
                            + (role.startsWith("media") ? "media" : "http") + ") and 'parleyctl logs'");
        }
        return bindable(port, udp) ? CheckResult.ok(name, label + " free")
                : CheckResult.fail(name, label + " is taken by another program", "find it with 'ss -lntup "
                        + "sport = :" + port + "' and stop it, or give Parley another port (" + setting + ")");
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean bindable(int port, boolean udp) {
        try {
            if (udp) {
                new DatagramSocket(new InetSocketAddress(port)).close();
            } else {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(port));
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

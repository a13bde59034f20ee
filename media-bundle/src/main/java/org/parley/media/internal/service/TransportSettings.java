package org.parley.media.internal.service;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsReader;

/**
 * The validated settings of PID {@value #PID}. One parser serves the component (activation and change) and its
 * {@link org.parley.api.settings.SettingsValidator}, so both accept exactly the same values; every problem names
 * the PID and the attribute.
 *
 * @param publicAddress the address advertised in candidates, or empty for the first non-loopback address
 */
public record TransportSettings(int udpPort, int tcpPort, String bindAddress, String publicAddress,
        int consentTimeoutSeconds, int dtlsTimeoutSeconds, int udpBufferBytes, int maxTcpConnections,
        int maxTcpConnectionsPerAddress, int tcpProbationSeconds) {

    public static final String PID = "org.parley.media.Transport";

    static final int DEFAULT_UDP_PORT = 10_000;
    static final int DEFAULT_TCP_PORT = 4443;
    static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";
    static final int DEFAULT_CONSENT_TIMEOUT_SECONDS = 30;
    static final int DEFAULT_DTLS_TIMEOUT_SECONDS = 10;
    static final int DEFAULT_UDP_BUFFER_BYTES = 4 * 1024 * 1024;
    static final int DEFAULT_MAX_TCP_CONNECTIONS = 512;
    static final int DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS = 64;
    static final int DEFAULT_TCP_PROBATION_SECONDS = 10;
    private static final int MAX_PORT = 65_535;
    private static final int MAX_HOST_NAME = 253;
    /** IPv4 or IPv6 literal characters (the address is bound, never resolved). */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    /** A host name or IP literal: nothing that could break an SDP line (see ServerTransport). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]*");

    /** Settings as they are without any configuration. */
    public static TransportSettings defaults() {
        return parse(Map.of());
    }

    /** Parses a complete configuration; absent attributes take their defaults. */
    public static TransportSettings parse(Map<String, ?> properties) {
        SettingsReader reader = new SettingsReader(properties);
        int udpPort = reader.integer("udpPort", DEFAULT_UDP_PORT, 1, MAX_PORT);
        int tcpPort = reader.integer("tcpPort", DEFAULT_TCP_PORT, 0, MAX_PORT);
        String bind = reader.text("bindAddress", DEFAULT_BIND_ADDRESS);
        if (!IP_LITERAL.matcher(bind).matches()) {
            reader.problem("bindAddress", "'" + bind + "' is not an IP address; use 0.0.0.0 for every address or"
                    + " one address of this host");
        }
        String publicAddress = reader.text("publicAddress", "");
        if (!publicAddress.isEmpty() && (publicAddress.length() > MAX_HOST_NAME
                || !HOST.matcher(publicAddress).matches())) {
            reader.problem("publicAddress", "must be empty, an IP address or a host name (letters, digits, '.', '-',"
                    + " at most " + MAX_HOST_NAME + " characters)");
        }
        int consent = reader.integer("consentTimeoutSeconds", DEFAULT_CONSENT_TIMEOUT_SECONDS, 10, 600);
        int dtls = reader.integer("dtlsTimeoutSeconds", DEFAULT_DTLS_TIMEOUT_SECONDS, 1, 60);
        int udpBuffer = reader.integer("udpBufferBytes", DEFAULT_UDP_BUFFER_BYTES, 64 * 1024, 64 * 1024 * 1024);
        int maxTcp = reader.integer("maxTcpConnections", DEFAULT_MAX_TCP_CONNECTIONS, 1, 100_000);
        int maxTcpPerAddress = reader.integer("maxTcpConnectionsPerAddress", DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS,
                1, 100_000);
        if (maxTcpPerAddress > maxTcp) {
            reader.problem("maxTcpConnectionsPerAddress", "must not exceed maxTcpConnections (" + maxTcp + ")");
        }
        int probation = reader.integer("tcpProbationSeconds", DEFAULT_TCP_PROBATION_SECONDS, 1, 120);
        reader.throwIfProblems(PID);
        return new TransportSettings(udpPort, tcpPort, bind, publicAddress, consent, dtls, udpBuffer, maxTcp,
                maxTcpPerAddress, probation);
    }

    /** What is wrong with {@code properties}, empty when {@link #parse} accepts them. */
    public static List<SettingsProblem> problems(Map<String, ?> properties) {
        try {
            parse(properties);
            return List.of();
        } catch (InvalidSettings e) {
            return e.problems();
        }
    }
}

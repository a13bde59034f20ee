package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The client side of the admin socket's protocol: one request per connection, each way one line of JSON.
 * <pre>
 * request  {"command":"status","arguments":{"name":"value"},"pid":4242}
 * reply    {"ok":true,"result":...}   or   {"ok":false,"exitStatus":2,"message":"what went wrong and what to do"}
 * </pre>
 */
public final class AdminClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path socket;

    AdminClient(Path socket) {
        this.socket = socket;
    }

    /** Whether the service's socket exists (the service may still refuse or be starting). */
    public boolean available() {
        return Files.exists(socket);
    }

    /**
     * Calls a command of the running service.
     *
     * @return the reply's {@code result}
     * @throws ServiceUnavailable when no service listens on the socket
     * @throws CommandFailed when the service answered {@code ok: false}
     */
    public JsonNode call(String command, Map<String, String> arguments) throws IOException {
        try (SocketChannel channel = connect()) {
            ObjectNode request = JSON.createObjectNode().put("command", command);
            request.set("arguments", JSON.valueToTree(arguments));
            // Java cannot read the peer's pid from SO_PEERCRED, so the client names itself for the audit trail.
            request.put("pid", ProcessHandle.current().pid());
            OutputStream out = Channels.newOutputStream(channel);
            out.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new CommandFailed(1, "the service closed the admin socket without answering " + command);
            }
            JsonNode reply = JSON.readTree(line);
            if (reply.path("ok").asBoolean()) {
                return reply.path("result");
            }
            throw new CommandFailed(reply.path("exitStatus").asInt(1), reply.path("message").asText("failed"));
        }
    }

    private SocketChannel connect() throws IOException {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Permission denied")) {
                throw new CommandFailed(77, "parleyctl must be run as root (" + socket + " is for root only)");
            }
            throw new ServiceUnavailable("Parley is not running or not answering on " + socket + " (" + e.getMessage()
                    + "): start it with 'systemctl start parley', or see 'journalctl -u parley'");
        }
    }

    /** No service answers on the socket. */
    public static final class ServiceUnavailable extends IOException {
        private static final long serialVersionUID = 1L;

        ServiceUnavailable(String message) {
            super(message);
        }
    }

    /** The service answered that the command failed; the message is meant for the person. */
    public static final class CommandFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final int exitStatus;

        CommandFailed(int exitStatus, String message) {
            super(message);
            this.exitStatus = exitStatus;
        }

        public int exitStatus() {
            return exitStatus;
        }
    }
}

package org.parley.audit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyslogSenderTest {

    private static final Instant TIME = Instant.parse("2025-03-01T09:00:00.123Z");
    /** RFC 5424 HEADER with nil structured data, then the BOM. */
    private static final Pattern HEADER = Pattern.compile(
            "<(\\d{1,3})>1 2025-03-01T09:00:00\\.123Z \\S+ parley \\d+ (audit|checkpoint) - \uFEFF.*", Pattern.DOTALL);

    @Test
    void aUdpReceiverGetsOneRfc5424MessagePerDatagram() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                SyslogSender sender = new SyslogSender(
                        new SyslogTarget("127.0.0.1", receiver.getLocalPort(), "udp", 10), System::currentTimeMillis)) {
            receiver.setSoTimeout(5_000);
            sender.send(SyslogMessage.NOTICE, "audit", TIME, "{\"type\":\"record\",\"actor\":\"Zoë\"}");

            DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
            receiver.receive(packet);
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);

            assertTrue(HEADER.matcher(message).matches(), message);
            assertTrue(message.startsWith("<85>1 "), "authpriv (10) * 8 + notice (5) = 85: " + message);
            assertTrue(message.endsWith("{\"type\":\"record\",\"actor\":\"Zoë\"}"), message);
        }
    }

    @Test
    void aTcpReceiverGetsOctetCountedFramesInOrder() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SyslogSender sender = new SyslogSender(
                        new SyslogTarget("127.0.0.1", server.getLocalPort(), "tcp", 4), System::currentTimeMillis)) {
            sender.send(SyslogMessage.WARNING, "audit", TIME, "{\"sequence\":1}");
            sender.send(SyslogMessage.INFORMATIONAL, "checkpoint", TIME, "{\"sequence\":2}");
            server.setSoTimeout(5_000);
            try (Socket connection = server.accept()) {
                connection.setSoTimeout(5_000);
                InputStream in = connection.getInputStream();
                String first = readFrame(in);
                String second = readFrame(in);

                assertTrue(HEADER.matcher(first).matches(), first);
                assertTrue(first.startsWith("<36>1 ") && first.endsWith("{\"sequence\":1}"), first);
                assertTrue(second.startsWith("<38>1 ") && second.contains(" checkpoint - "), second);
            }
        }
    }

    @Test
    void aDeadReceiverNeitherBlocksNorThrowsAndIsReported() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (SyslogSender sender = new SyslogSender(new SyslogTarget("127.0.0.1", closedPort, "tcp", 4),
                System::currentTimeMillis)) {
            long started = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                sender.send(SyslogMessage.NOTICE, "audit", TIME, "{}");
            }
            assertTrue(System.nanoTime() - started < 2_000_000_000L, "sending must only queue");

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (sender.problem().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String problem = sender.problem().orElse("");
            assertTrue(problem.contains("127.0.0.1:" + closedPort), problem);
        }
    }

    @Test
    void octetCountingPrefixesTheByteLength() {
        byte[] message = "<13>1 - - - - - - é".getBytes(StandardCharsets.UTF_8);
        byte[] frame = SyslogMessage.octetCounted(message);

        assertEquals(message.length + " ", new String(frame, 0, 3, StandardCharsets.US_ASCII));
        assertTrue(Arrays.equals(message, Arrays.copyOfRange(frame, 3, frame.length)));
    }

    @Test
    void facilitiesAreReadByNameOrNumber() {
        assertEquals(10, SyslogTarget.facilityCode("AuthPriv"));
        assertEquals(23, SyslogTarget.facilityCode("local7"));
        assertEquals(4, SyslogTarget.facilityCode("4"));
        assertEquals(-1, SyslogTarget.facilityCode("24"));
        assertEquals(-1, SyslogTarget.facilityCode("audit"));
    }

    /** Reads {@code MSG-LEN SP SYSLOG-MSG} (RFC 6587 section 3.4.1). */
    private static String readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream length = new ByteArrayOutputStream();
        for (int b = in.read(); b != ' '; b = in.read()) {
            if (b < '0' || b > '9') {
                throw new IOException("not an octet count: " + b);
            }
            length.write(b);
        }
        int size = Integer.parseInt(length.toString(StandardCharsets.US_ASCII));
        byte[] message = in.readNBytes(size);
        return new String(message, StandardCharsets.UTF_8);
    }
}

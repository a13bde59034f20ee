package org.parley.audit.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.health.HealthResult;
import org.parley.audit.api.AuditException;
import org.parley.audit.internal.AuditTrail;
import org.parley.store.internal.StandaloneDatabase;

/** Health and syslog streaming of the audit trail, on embedded Derby. */
class AuditServiceDerbyIT extends AuditFixture {

    @Override
    StandaloneDatabase openDatabase() {
        return StandaloneDatabase.openDerby(dir.resolve("db"));
    }

    @Override
    void dropDatabase() {
        // The temporary folder, Derby's files included, is deleted by JUnit.
    }

    @Test
    void healthWarnsWhenAWriteFailsAndRecoversAfterTheNextSuccess() throws Exception {
        write(2);
        assertEquals(HealthResult.Status.UP, trail.health().status(), trail.health().detail());

        database.close();
        assertThrows(AuditException.class, () -> trail.record(event(3)));
        HealthResult failed = trail.health();
        assertEquals(HealthResult.Status.WARN, failed.status());
        assertTrue(failed.detail().startsWith("the last audit write failed"), failed.detail());

        database = openDatabase();
        trail.record(event(3));
        assertEquals(HealthResult.Status.UP, trail.health().status(), trail.health().detail());
        assertTrue(trail.verify().intact());
    }

    @Test
    void recordsGoToSyslogAndAnUnreachableReceiverTurnsHealthToWarn() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(5_000);
            trail.close();
            trail = newTrail("appliance-a", Map.of("syslogHost", "127.0.0.1", "syslogPort",
                    receiver.getLocalPort(), "syslogFacility", "local0"));
            trail.record(event(1));

            DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
            receiver.receive(packet);
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            assertTrue(message.startsWith("<133>1 "), "local0 (16) * 8 + notice (5): " + message);
            assertTrue(message.contains("\"sequence\":1,") && message.contains("\"adminPassword\":\"****\""), message);
        }
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        AuditTrail unreachable = newTrail("appliance-b", Map.of("syslogHost", "127.0.0.1", "syslogPort", closedPort,
                "syslogProtocol", "tcp"));
        try {
            unreachable.record(event(2));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (unreachable.health().status() == HealthResult.Status.UP && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            HealthResult health = unreachable.health();
            assertEquals(HealthResult.Status.WARN, health.status());
            assertTrue(health.detail().contains("syslog receiver 127.0.0.1:" + closedPort + " (tcp)"), health.detail());
        } finally {
            unreachable.close();
        }
    }
}

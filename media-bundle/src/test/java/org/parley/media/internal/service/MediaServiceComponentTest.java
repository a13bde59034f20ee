package org.parley.media.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.api.Clock;
import org.parley.api.health.HealthResult;
import org.parley.api.settings.InvalidSettings;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaLeg;
import org.parley.media.api.MediaListener;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.forwarding.IgnoringListener;
import org.parley.media.internal.forwarding.LegSnapshot;
import org.parley.media.internal.ice.StunAttribute;
import org.parley.media.internal.ice.StunBytes;
import org.parley.media.internal.ice.StunMessage;

/** The DS component as the framework drives it: activate with settings, open legs, change settings, stop. */
class MediaServiceComponentTest {
    private static final String OFFER = "/org/parley/media/internal/sdp/chrome-offer-audio-video.sdp";
    private static final Map<String, Track> SENDING = Map.of("0", Track.AUDIO, "1", Track.VIDEO);

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final BlockingQueue<MediaConnection> connections = new LinkedBlockingQueue<>();
    private final MediaServiceComponent component = new MediaServiceComponent();
    private final int udpPort = freeUdpPort();
    private final int tcpPort = freeTcpPort();
    private boolean active;

    @AfterEach
    void stop() throws InterruptedException {
        if (active) {
            component.deactivate();
        }
    }

    private void activate(Map<String, Object> properties) throws ReflectiveOperationException {
        Field clock = MediaServiceComponent.class.getDeclaredField("clock");
        clock.setAccessible(true);
        clock.set(component, (Clock) () -> Instant.ofEpochMilli(now.get()));
        component.activate(onLoopback(properties));
        active = true;
    }

    /** {@code properties} with the sockets on 127.0.0.1 and free ports (tests never bind another address). */
    private Map<String, Object> onLoopback(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(Map.of("bindAddress", "127.0.0.1", "udpPort", udpPort, "tcpPort",
                tcpPort));
        all.putAll(properties);
        return all;
    }

    private static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeTcpPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void legsGetAnswersAdvertisingTheConfiguredAddressAndPorts() throws Exception {
        activate(Map.of("publicAddress", "127.0.0.1", "tcpPort", 0));

        String answer = component.open("m-1", "p1", listener()).offer(chromeOffer(), SENDING);

        assertTrue(answer.contains("a=candidate:1 1 udp 2130706431 127.0.0.1 " + udpPort + " typ host\r\n"), answer);
        assertTrue(!answer.contains("tcptype"), "tcpPort 0: no ICE-TCP candidate");
        LegSnapshot leg = component.report().meetings().get(0).legs().get(0);
        assertEquals("p1", leg.participantId());
        assertEquals("CONNECTING", leg.state());
        assertEquals(1, component.totals().legs());
    }

    @Test
    void badSettingsStopTheActivationNamingPidAndAttribute() {
        InvalidSettings e = assertThrows(InvalidSettings.class, () -> activate(Map.of("udpPort", -1)));

        assertTrue(e.getMessage().startsWith("org.parley.media.Transport: udpPort"), e.getMessage());
    }

    @Test
    void aBadChangeKeepsTheLastGoodSettingsAndAGoodOneAppliesToNewLegs() throws Exception {
        activate(Map.of("publicAddress", "192.0.2.1"));

        component.modified(onLoopback(Map.of("publicAddress", "192.0.2.2", "udpPort", 0)));
        String kept = component.open("m-1", "p1", listener()).offer(chromeOffer(), SENDING);
        component.modified(onLoopback(Map.of("publicAddress", "192.0.2.3")));
        String changed = component.open("m-1", "p2", listener()).offer(chromeOffer(), SENDING);

        assertTrue(kept.contains("c=IN IP4 192.0.2.1\r\n"), kept);
        assertTrue(changed.contains("c=IN IP4 192.0.2.3\r\n"), changed);
    }

    @Test
    void aReconfigurationSaysWhetherTheSettingsChangedSoOnlyARealChangeIsLogged() throws Exception {
        activate(Map.of("publicAddress", "192.0.2.1"));
        MediaRuntime runtime = component.runtime();

        assertFalse(runtime.reconfigure(TransportSettings.parse(onLoopback(Map.of("publicAddress", "192.0.2.1")))));
        assertTrue(runtime.reconfigure(TransportSettings.parse(onLoopback(Map.of("publicAddress", "192.0.2.4")))));
        assertFalse(runtime.reconfigure(TransportSettings.parse(onLoopback(Map.of("publicAddress", "192.0.2.4")))));
    }

    @Test
    void aTakenPortRefusesLegsWithTheReasonAndIsBoundOnceItIsFree() throws Exception {
        MediaHealthCheck health = new MediaHealthCheck(component);
        try (DatagramSocket squatter = new DatagramSocket(udpPort, InetAddress.getLoopbackAddress())) {
            activate(Map.of("publicAddress", "127.0.0.1"));
            MediaRefused refused = assertThrows(MediaRefused.class,
                    () -> component.open("m1", "p1", new IgnoringListener()));
            assertTrue(refused.getMessage().contains("UDP port " + udpPort), refused.getMessage());
            assertEquals(HealthResult.Status.WARN, health.check().status());
            assertTrue(health.check().detail().contains("cannot be bound"), health.check().detail());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MediaRuntime.REBIND_SECONDS * 3L);
        while (component.unavailable() != null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertNull(component.unavailable(), "the port is bound again once free");
        assertEquals(HealthResult.Status.UP, health.check().status());
        component.open("m1", "p1", new IgnoringListener()).close();
    }

    @Test
    void aLegWithoutConsentFailsOnTheClockAndStoppingClosesTheRest() throws Exception {
        activate(Map.of("publicAddress", "127.0.0.1", "consentTimeoutSeconds", 30));
        component.open("m-1", "p1", listener()).offer(chromeOffer(), SENDING);
        BlockingQueue<MediaConnection> other = new LinkedBlockingQueue<>();
        MediaLeg open = component.open("m-2", "p2", recordingInto(other));
        assertEquals(MediaConnection.State.CONNECTING, connections.poll(5, TimeUnit.SECONDS).state());

        now.addAndGet(30_001);
        MediaConnection failed = connections.poll(10, TimeUnit.SECONDS);
        component.deactivate();
        active = false;

        assertEquals(MediaConnection.State.FAILED, failed.state());
        assertTrue(failed.cause().contains("30 s"), failed.cause());
        assertEquals(MediaConnection.State.CLOSED, other.poll(5, TimeUnit.SECONDS).state());
        open.close();
    }

    @Test
    void theMediaPortAnswersABrowsersCheckAndTheLegConnects() throws Exception {
        activate(Map.of("publicAddress", "127.0.0.1"));
        String answer = component.open("m-1", "p1", listener()).offer(chromeOffer(), SENDING);
        assertEquals(MediaConnection.State.CONNECTING, connections.poll(5, TimeUnit.SECONDS).state());
        String ufrag = attribute(answer, "ice-ufrag");
        byte[] check = new StunBytes(StunMessage.BINDING_REQUEST, new byte[12])
                .text(StunAttribute.USERNAME, ufrag + ":R9xJ")
                .attribute(StunAttribute.ICE_CONTROLLING, new byte[8])
                .attribute(StunAttribute.USE_CANDIDATE, new byte[0])
                .uint32(StunAttribute.PRIORITY, 0x6E7F1EFF).integrity(attribute(answer, "ice-pwd")).fingerprint()
                .bytes();

        try (DatagramSocket browser = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            browser.setSoTimeout(5_000);
            browser.send(new DatagramPacket(check, check.length, InetAddress.getLoopbackAddress(), udpPort));
            DatagramPacket response = new DatagramPacket(new byte[200], 200);
            browser.receive(response);
            assertEquals(StunMessage.BINDING_SUCCESS_RESPONSE,
                    (response.getData()[0] & 0xFF) << 8 | response.getData()[1] & 0xFF);
        }
        assertEquals(new MediaConnection(MediaConnection.State.CONNECTED, "udp", null),
                connections.poll(5, TimeUnit.SECONDS));
    }

    private static String attribute(String sdp, String name) {
        Matcher m = Pattern.compile("a=" + name + ":(\\S+)").matcher(sdp);
        assertTrue(m.find(), name);
        return m.group(1);
    }

    private MediaListener listener() {
        return recordingInto(connections);
    }

    private static MediaListener recordingInto(BlockingQueue<MediaConnection> into) {
        return new IgnoringListener() {
            @Override
            public void connection(MediaConnection connection) {
                into.add(connection);
            }
        };
    }

    private static String chromeOffer() throws IOException {
        try (InputStream in = MediaServiceComponentTest.class.getResourceAsStream(OFFER)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

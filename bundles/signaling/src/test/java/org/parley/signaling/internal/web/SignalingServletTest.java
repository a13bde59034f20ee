package org.parley.signaling.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.MeetingEvent;
import org.parley.signaling.internal.testing.FakeMeetings;
import org.parley.signaling.internal.testing.MovableClock;

/**
 * The endpoint over a real WebSocket: an embedded Jetty 12 with the servlet behind a request-wrapping filter that
 * sets the {@code ClientAddress} (as the front door does), and a {@code java.net.http} client.
 */
class SignalingServletTest {

    static final String JOIN = "{\"v\":1,\"type\":\"join\",\"token\":\"" + FakeMeetings.GOOD_TOKEN + "\"}";

    final MovableClock clock = new MovableClock();
    final FakeMeetings meetings = new FakeMeetings();
    final HttpClient http = HttpClient.newHttpClient();
    Server server;
    SignalingServlet servlet;
    String origin;
    URI ws;

    @BeforeEach
    void start() throws Exception {
        servlet = new SignalingServlet(meetings, clock, SignalingSettings.from(
                SignalingSettingsTest.config(4096, 20, 40, 10, "https://portal.example.org")));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        JettyWebSocketServletContainerInitializer.configure(context, null);
        context.addFilter(new FilterHolder(frontDoor()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(servlet), "/ws");
        server.setHandler(context);
        server.start();
        origin = "http://127.0.0.1:" + connector.getLocalPort();
        ws = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
    }

    @AfterEach
    void stop() throws Exception {
        servlet.deactivate();
        server.stop();
    }

    @Test
    void joinThenEventsCommandsAndAClosedChannelOverTheWire() throws Exception {
        meetings.deliverOnAttach(new MeetingEvent.Waiting("p1", "Ann", "waiting-room"));
        WebSocketClient client = WebSocketClient.open(http, ws, origin).send(JOIN);
        assertEquals("{\"v\":1,\"type\":\"waiting\",\"you\":\"p1\",\"name\":\"Ann\",\"reason\":\"waiting-room\"}",
                client.next());
        client.send("{\"v\":1,\"type\":\"ping\",\"id\":\"1\"}");
        assertEquals("{\"v\":1,\"type\":\"pong\"}", client.next());
        client.send("{\"v\":1,\"type\":\"hand\",\"raised\":true,\"extra\":1,\"id\":\"2\"}");
        assertEquals("{\"v\":1,\"type\":\"error\",\"code\":\"invalid\",\"message\":\"hand.extra: unknown field in a "
                + "hand message\",\"ref\":\"2\"}", client.next());
        client.sendBinary(new byte[] {1, 2, 3});
        assertTrue(client.next().contains("\"code\":\"invalid\""));
        meetings.channel().deliver(new MeetingEvent.UnmuteRequested("p7"));
        assertEquals("{\"v\":1,\"type\":\"unmute-requested\",\"by\":\"p7\"}", client.next());
        meetings.channel().close(CloseReason.DENIED);
        assertEquals(new WebSocketClient.Close(4003, "a host did not let you in"), client.awaitClose());
        assertEquals(0, meetings.disconnects());
    }

    @Test
    void anSdpOfferIsAnsweredWithItsIdAndServerMediaMessagesFollowOverTheWire() throws Exception {
        WebSocketClient client = WebSocketClient.open(http, ws, origin).send(JOIN);
        String sdp = "v=0\r\n" + "a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\r\n".repeat(50);
        client.send("{\"v\":1,\"type\":\"sdp-offer\",\"id\":\"o7\",\"sdp\":\"" + sdp.replace("\r\n", "\\r\\n")
                + "\",\"sending\":{\"0\":\"audio\",\"1\":\"video\"}}");
        assertEquals("{\"v\":1,\"type\":\"sdp-answer\",\"ref\":\"o7\",\"sdp\":\"answer:"
                + sdp.replace("\r\n", "\\r\\n") + "\"}", client.next());
        meetings.channel().deliver(new MeetingEvent.Speaker("p2"));
        assertEquals("{\"v\":1,\"type\":\"speaker\",\"participant\":\"p2\"}", client.next());
        meetings.channel().deliver(new MeetingEvent.MediaReset());
        assertEquals("{\"v\":1,\"type\":\"media-reset\"}", client.next());
        client.send("{\"v\":1,\"type\":\"sdp-answer\",\"revision\":0,\"sdp\":\"v=0\",\"id\":\"a0\"}");
        assertEquals("{\"v\":1,\"type\":\"error\",\"code\":\"invalid\",\"message\":\"sdp-answer.revision: must be a "
                + "whole number from 1\",\"ref\":\"a0\"}", client.next());
    }

    @Test
    void aClientThatGoesAwayIsReportedAsDisconnectedOnce() throws Exception {
        WebSocketClient client = WebSocketClient.open(http, ws, origin).send(JOIN);
        client.send("{\"v\":1,\"type\":\"ping\"}");
        client.next();
        client.close();
        client.awaitClose();
        awaitDropReported();
    }

    @Test
    void aRefusedTokenClosesWith4005AndItsReason() throws Exception {
        WebSocketClient client = WebSocketClient.open(http, ws, origin)
                .send(JOIN.replace(FakeMeetings.GOOD_TOKEN, FakeMeetings.EXPIRED_TOKEN));
        assertEquals(new WebSocketClient.Close(4005, "the join token expired; join again"), client.awaitClose());
    }

    @Test
    void aFrameOverTheLimitCloses1009AndCountsAsADrop() throws Exception {
        WebSocketClient client = WebSocketClient.open(http, ws, origin).send(JOIN);
        client.send("{\"v\":1,\"type\":\"ping\"}");
        client.next();
        client.send("{\"v\":1,\"type\":\"chat\",\"text\":\"" + "x".repeat(5000) + "\"}");
        assertEquals(1009, client.awaitClose().code());
        awaitDropReported();
    }

    @Test
    void noJoinInTimeCloses4005() throws Exception {
        WebSocketClient client = WebSocketClient.open(http, ws, origin);
        clock.advance(Duration.ofSeconds(10));
        servlet.tick();
        assertEquals(4005, client.awaitClose().code());
    }

    @Test
    void anotherOriginOrNoneIsRefused403AtTheUpgrade() {
        assertEquals(403, handshakeStatus("https://evil.example"));
        assertEquals(403, handshakeStatus(null));
        WebSocketClient allowed = WebSocketClient.open(http, ws, "https://portal.example.org");
        allowed.close();
    }

    @Test
    void aPlainGetIsTold426AsAProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin + "/ws"))
                .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(426, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("websocket", response.headers().firstValue("Upgrade").orElseThrow());
        assertTrue(response.body().contains("\"status\":426"));
    }

    private int handshakeStatus(String from) {
        CompletionException failed = assertThrows(CompletionException.class,
                () -> WebSocketClient.open(http, ws, from));
        return assertInstanceOf(WebSocketHandshakeException.class, failed.getCause()).getResponse().statusCode();
    }

    /**
     * The server notices a close a moment after the client and reports the drop from its timer thread: wait for
     * that (bounded), never for a fixed time.
     */
    private void awaitDropReported() throws InterruptedException {
        for (int i = 0; i < 1000 && meetings.disconnects() == 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, meetings.disconnects());
        assertEquals(0, servlet.connections().size());
    }

    /** What the front door does: a wrapped request carrying the caller's {@link ClientAddress}. */
    private static Filter frontDoor() {
        return (request, response, chain) -> {
            request.setAttribute(ClientAddress.REQUEST_ATTRIBUTE,
                    new ClientAddress(InetAddress.getLoopbackAddress(), false));
            chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request), response);
        };
    }
}

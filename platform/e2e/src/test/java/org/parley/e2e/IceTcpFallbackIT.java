package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A participant whose network blocks UDP still sees and hears the call, over ICE-TCP: one Chromium runs in a
 * {@link NetworkNamespace} of the test's own that refuses every UDP datagram, the other on this machine. The
 * appliance is the test's own, its media bound to and advertised on this machine's end of the namespace's link
 * (the namespace cannot reach 127.0.0.1), and its HTTPS port reached from inside through a {@link TcpProxy} on that
 * address. Both decode each other's colour and tone; the blocked page's selected pair is TCP and it says "UDP
 * blocked, using TCP", the other stays on UDP.
 */
@ExtendWith(StepByStep.class)
class IceTcpFallbackIT implements StepByStep.Screens {

    private static final String TCP_NOTICE = "UDP blocked, using TCP";

    private static NetworkNamespace namespace;
    private static Appliance parley;
    private static TcpProxy door;
    private static MediaBrowsers browsers;
    private static MediaCall.Person open;
    private static MediaCall.Person blocked;

    @BeforeAll
    static void oneBrowserBehindAUdpBlock() throws Exception {
        namespace = NetworkNamespace.withUdpBlocked();
        parley = Appliance.boot(Map.of(MediaTransport.FILE, MediaTransport.on(namespace.hostAddress()).file()));
        door = new TcpProxy(InetAddress.getByName(namespace.hostAddress()), parley.httpsPort());
        door.open();
        browsers = new MediaBrowsers("ice-tcp");
        String meetingId = MeetingFixture.of(parley).createOpen("UDP blocked " + UUID.randomUUID().toString()
                .substring(0, 8));
        open = MediaCall.guestJoins(browsers.open(Signature.RED, "udp"), "https://127.0.0.1:" + parley.httpsPort()
                + "/m/" + meetingId, "Uma Udp");
        blocked = MediaCall.guestJoins(browsers.open(Signature.BLUE, "tcp", namespace.chromium(browsers.folder())),
                "https://" + namespace.hostAddress() + ":" + door.port() + "/m/" + meetingId, "Tom Tcp");
    }

    @AfterAll
    static void closeEverything() throws Exception {
        Resources.closeAll(browsers, door, parley, namespace);
    }

    @Override
    public List<MeetingPage> pages() {
        return Stream.of(open, blocked).filter(Objects::nonNull).map(MediaCall.Person::page).toList();
    }

    @Test
    void theBlockedPageSeesAndHearsTheOtherOverTcpAndSaysSo() {
        MediaTransport media = MediaTransport.of(parley);
        String answer = blocked.page().frame("sdp-answer").path("sdp").asText();
        assertTrue(answer.contains(" " + media.publicAddress() + " " + media.tcpPort() + " typ host tcptype passive")
                && answer.contains(" udp ") && answer.contains(" " + media.publicAddress() + " " + media.udpPort()
                + " typ host"), "the answer offers the test's UDP and ICE-TCP candidates: " + answer);
        MediaCall.awaitEachOther(blocked, List.of(open));
        MediaCall.awaitEachOther(open, List.of(blocked));
        blocked.page().until("the meeting screen names TCP", page -> "tcp".equals(page.shown("room")
                .getDomAttribute("data-media-transport")));
        assertEquals("tcp", blocked.probe().sending().transport(), "the selected pair's local candidate");
        String notice = blocked.page().shown(By.cssSelector("[data-testid='notice'][data-kind='media']"
                + "[data-cause='tcp']")).getText();
        assertTrue(notice.contains(TCP_NOTICE), notice);
        open.page().until("the page whose network allows UDP uses it", page -> "udp".equals(page.shown("room")
                .getDomAttribute("data-media-transport")));
    }
}

package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The media harness checked against Chromium alone, no appliance: a local page shows three feeds through the web
 * client's tile hooks — the fake camera and microphone from {@link MediaFiles} (through getUserMedia with the app's
 * default processing), a canvas stream with an oscillator, and getDisplayMedia's fake screen — and {@link MediaProbe}
 * must name each feed's colour and tone, count its frames, and notice when a picture freezes and a tone stops. A
 * second page sends its fake media from one RTCPeerConnection to another (VP8 and Opus, inside a network namespace):
 * the probe's statistics (packets, estimate, transport), re-enabling a muted track and ignoring the app's hang-up
 * must work there. So a media test that fails is not failing for the probe's sake.
 */
class MediaProbeIT {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head><title>probe check</title></head><body><script>
            const tile = (testId, participant, stream) => {
              const box = document.createElement('div');
              box.setAttribute('data-testid', testId);
              box.setAttribute('data-participant', participant);
              const video = document.createElement('video');
              video.autoplay = true;
              video.srcObject = stream;
              box.appendChild(video);
              document.body.appendChild(box);
            };
            const canvas = document.createElement('canvas');
            canvas.width = 320;
            canvas.height = 180;
            let x = 0;
            window.paint = setInterval(() => {
              const g = canvas.getContext('2d');
              g.fillStyle = 'rgb(0, 0, 255)';
              g.fillRect(0, 0, 320, 180);
              g.fillStyle = 'white';
              g.fillRect(x = (x + 4) % 300, 0, 8, 8);
            }, 66);
            const audio = new AudioContext();
            window.oscillator = audio.createOscillator();
            oscillator.frequency.value = 880;
            const sound = audio.createMediaStreamDestination();
            oscillator.connect(sound);
            oscillator.start();
            tile('tile', 'canvas', new MediaStream([...canvas.captureStream(15).getTracks(),
              ...sound.stream.getTracks()]));
            navigator.mediaDevices.getUserMedia({ audio: true, video: true })
              .then((stream) => tile('tile', 'camera', stream));
            navigator.mediaDevices.getDisplayMedia({ video: true })
              .then((stream) => tile('screen-tile', 'screen', stream));
            </script></body></html>
            """;

    /** The fake camera and microphone sent through two RTCPeerConnections of one page, shown as tile "loop". */
    private static final String LOOP = """
            <!doctype html><html lang="en"><head><title>probe loop</title></head><body><script>
            (async () => {
              const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
              const sender = new RTCPeerConnection();
              const receiver = new RTCPeerConnection();
              window.loop = { stream, connections: [sender, receiver] };
              sender.onicecandidate = (e) => e.candidate && receiver.addIceCandidate(e.candidate);
              receiver.onicecandidate = (e) => e.candidate && sender.addIceCandidate(e.candidate);
              receiver.ontrack = (event) => {
                if (!document.querySelector('[data-participant=loop]')) {
                  const box = document.createElement('div');
                  box.setAttribute('data-testid', 'tile');
                  box.setAttribute('data-participant', 'loop');
                  const video = document.createElement('video');
                  video.autoplay = true;
                  video.srcObject = event.streams[0];
                  box.appendChild(video);
                  document.body.appendChild(box);
                }
              };
              stream.getTracks().forEach((track) => sender.addTransceiver(track,
                { direction: 'sendonly', streams: [stream] }));
              await sender.setLocalDescription();
              await receiver.setRemoteDescription(sender.localDescription);
              await receiver.setLocalDescription();
              await sender.setRemoteDescription(receiver.localDescription);
            })();
            </script></body></html>
            """;

    private static MediaBrowsers browsers;
    private static NetworkNamespace namespace;
    private static MediaProbe probe;
    private static MediaProbe loop;

    /**
     * One page with three feeds, and one in a network namespace of the test's own (Chromium gathers no candidates on
     * loopback, and the machine's own interfaces stay out of it) whose two peer connections send to each other.
     */
    @BeforeAll
    static void twoPages() throws Exception {
        browsers = new MediaBrowsers("probe");
        probe = browsers.open(Signature.RED, "probe-check");
        probe.page().open(write("probe-check.html", PAGE));
        namespace = NetworkNamespace.linked();
        loop = browsers.open(Signature.YELLOW, "probe-loop", namespace.chromium(browsers.folder()));
        loop.page().open(write("probe-loop.html", LOOP));
    }

    private static String write(String name, String html) throws java.io.IOException {
        return Files.writeString(Files.createDirectories(browsers.folder()).resolve(name), html).toUri().toString();
    }

    @AfterAll
    static void close() throws Exception {
        Resources.closeAll(browsers, namespace);
    }

    @Test
    void theFakeCameraAndMicrophoneFilesAreDecodedAsTheirSignature() {
        MediaProbe.Feed camera = await("camera", feed -> feed.colour().isPresent() && feed.heard().isPresent());
        assertEquals(Optional.of(Signature.RED), camera.colour(), camera.toString());
        assertEquals(Optional.of(Signature.RED), camera.heard(), camera.toString());
        assertEquals(MediaFiles.WIDTH, camera.width(), "the Y4M's size");
        assertTrue(camera.silentFor(Signature.BLUE), "nothing of 880 Hz in the camera's sound: " + camera);
        assertEquals(2, camera.trackIds().size(), camera.toString());
    }

    @Test
    void aCanvasWithAnOscillatorIsDecodedAndItsStopsAreNoticed() {
        MediaProbe.Feed canvas = await("canvas", feed -> feed.heard().isPresent() && feed.frames() > 5);
        assertEquals(Optional.of(Signature.BLUE), canvas.colour(), canvas.toString());
        assertEquals(Optional.of(Signature.BLUE), canvas.heard(), canvas.toString());
        assertTrue(canvas.silentFor(Signature.RED), canvas.toString());
        assertTrue(canvas.firstFrameAt() != null && canvas.firstFrameAt() > 0, canvas.toString());

        probe.page().script("clearInterval(window.paint); window.oscillator.stop()");
        await("canvas", feed -> feed.silentFor(Signature.BLUE));
        long frozen = probe.feed("canvas").orElseThrow().frames();
        Appliance.pause(1_000); // a window of time to see that nothing arrives, not a wait for something to happen
        assertEquals(frozen, probe.feed("canvas").orElseThrow().frames(), "no new frames once the canvas stops");
    }

    @Test
    void getDisplayMediaGivesChromiumsFakeScreenWhichIsNoParticipantsColour() {
        MediaProbe.Feed screen = probe.screen("screen").filter(feed -> feed.frames() > 0).orElseGet(() -> {
            probe.page().until("the screen tile plays", page -> probe.screen("screen")
                    .filter(feed -> feed.frames() > 0).isPresent());
            return probe.screen("screen").orElseThrow();
        });
        assertTrue(screen.screen() && screen.width() > 0, screen.toString());
        assertTrue(MediaProbe.isFakeScreen(screen), screen.toString());
        assertFalse(screen.colour().isPresent(), "the fake screen is not mistaken for a camera: " + screen);
    }

    @Test
    void throughAPeerConnectionLoopTheColourToneStatsAndAHostilePagesActsAreRead() {
        // Until both read YELLOW: in the loop's first second the tone is faint (about -60 dB) and its strongest band
        // can be a neighbour's; a loop that never carries YELLOW still fails here, by the deadline.
        MediaProbe.Feed feed = await(loop, "loop", f -> f.colour().equals(Optional.of(Signature.YELLOW))
                && f.heard().equals(Optional.of(Signature.YELLOW)));
        assertEquals(Optional.of(Signature.YELLOW), feed.colour(), "through VP8: " + feed);
        assertEquals(Optional.of(Signature.YELLOW), feed.heard(), "through Opus: " + feed);
        long received = loop.received(feed.trackIds());
        await(loop, "loop", f -> loop.received(feed.trackIds()) > received);

        Await.until("the loop's sending estimate exceeds 1 Mbit/s", java.time.Duration.ofSeconds(20),
                () -> loop.sending().bitrate() > 1_000_000);
        MediaProbe.Sending sending = loop.sending();
        System.out.printf("[media] probe loop: sending estimate %.2f Mbit/s over %s%n", sending.bitrate() / 1e6,
                sending.transport());
        assertEquals("udp", sending.transport());
        assertTrue(sending.audio() > 0 && sending.video() > 0, sending.toString());

        loop.page().script("window.loop.stream.getAudioTracks()[0].enabled = false");
        await(loop, "loop", f -> f.silentFor(Signature.YELLOW));
        assertTrue(loop.sending().audioLevel() < 0.01, "a disabled microphone's level: " + loop.sending());
        assertEquals(List.of("audio", "video"), loop.enableSenders().stream().map(String::valueOf).sorted().toList());
        await(loop, "loop", f -> f.heard().equals(Optional.of(Signature.YELLOW)));
        assertTrue(loop.sending().audioLevel() > 0.01, loop.sending().toString());

        loop.keepSending();
        loop.page().script("window.loop.connections.forEach((pc) => pc.close());"
                + " window.loop.stream.getTracks().forEach((track) => track.stop())");
        long sent = loop.sending().video();
        long frames = loop.feed("loop").orElseThrow().frames();
        await(loop, "loop", f -> f.frames() > frames && loop.sending().video() > sent);
    }

    private static MediaProbe.Feed await(String participant, Predicate<MediaProbe.Feed> done) {
        return await(probe, participant, done);
    }

    private static MediaProbe.Feed await(MediaProbe on, String participant, Predicate<MediaProbe.Feed> done) {
        on.page().until(participant + "'s feed is decoded", page -> on.feed(participant).filter(done).isPresent());
        return on.feed(participant).orElseThrow();
    }
}

package org.parley.media.internal.io;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.forwarding.FakeBrowser;
import org.parley.media.internal.forwarding.Leg;
import org.parley.media.internal.ice.StunAttribute;
import org.parley.media.internal.ice.StunBytes;
import org.parley.media.internal.ice.StunMessage;
import org.parley.media.internal.sdp.MediaDescription;
import org.parley.media.internal.sdp.SdpParser;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpRefusal;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.BufferPool;

/**
 * One browser of a {@link TestSfu} call: its {@link FakeBrowser} SDP, its leg, its 5-tuple (a {@link FakeReply} and
 * a loopback address), and its side of SRTP: it protects what it sends as Chrome would and unprotects what the SFU
 * sends it.
 */
final class TestPeer {
    static final int OPUS = 111;
    static final int VP8 = 96;
    /** The Chrome offer's extension ids: audio level 1, transport-wide sequence number 3. */
    static final int AUDIO_LEVEL_ID = 1;
    static final int TRANSPORT_CC_ID = 3;
    private static final Pattern PASSWORD = Pattern.compile("a=ice-pwd:(\\S+)");
    private static final byte[] TRANSACTION = StunBytes.hex("7a 41 55 39 6b 2f 4e 6c 51 33 70 78");

    private final int number;
    private final Leg leg;
    private final RecordingListener listener;
    private final FakeReply reply;
    private final InetSocketAddress source;
    private final FakeBrowser browser;
    private final byte[] buffer = new byte[BufferPool.BUFFER_BYTES];
    private String fingerprint;
    private String password;
    private long answered;
    private SrtpContext[] sendingContexts;
    private SrtpSession receiving;
    private final java.util.Map<Integer, SrtpContext> receivingContexts = new java.util.HashMap<>();
    private int transportSequence;

    TestPeer(int number, Leg leg, RecordingListener listener, FakeReply reply, InetSocketAddress source) {
        this.number = number;
        this.leg = leg;
        this.listener = listener;
        this.reply = reply;
        this.source = source;
        this.browser = new FakeBrowser(number);
    }

    /** The browser's offers carry this certificate fingerprint ("sha-256 AB:…") from now on. */
    void fingerprint(String sdpValue) {
        fingerprint = sdpValue;
    }

    void offer() throws MediaRefused {
        String sdp = browser.offer();
        if (fingerprint != null) {
            sdp = sdp.replaceAll("a=fingerprint:sha-256 [0-9A-Fa-f:]+", "a=fingerprint:" + fingerprint);
        }
        String answer = leg.offer(sdp, browser.sending());
        Matcher m = PASSWORD.matcher(answer);
        if (!m.find()) {
            throw new AssertionError("no a=ice-pwd in the answer");
        }
        password = m.group(1);
    }

    boolean answerPending() throws MediaRefused {
        if (listener.offers.isEmpty()) {
            return false;
        }
        RecordingListener.Offer last = listener.offers.get(listener.offers.size() - 1);
        if (last.revision() == answered) {
            return false;
        }
        answered = last.revision();
        leg.answer(last.revision(), browser.answer(last.sdp()));
        return true;
    }

    /** Chrome's check: USERNAME ours:theirs, ICE-CONTROLLING, optionally USE-CANDIDATE, PRIORITY, with integrity. */
    byte[] check(boolean nominate) {
        return check(password, nominate);
    }

    byte[] check(String withPassword, boolean nominate) {
        StunBytes check = new StunBytes(StunMessage.BINDING_REQUEST, TRANSACTION)
                .text(StunAttribute.USERNAME, leg.localUfrag() + ":" + browser.ufrag())
                .attribute(StunAttribute.ICE_CONTROLLING, StunBytes.hex("1c 3f 59 0a 76 21 8e 42"));
        if (nominate) {
            check.attribute(StunAttribute.USE_CANDIDATE, new byte[0]);
        }
        return check.uint32(StunAttribute.PRIORITY, 0x6E7F1EFF).integrity(withPassword).fingerprint().bytes();
    }

    void keys(SrtpSession browserSends, SrtpSession browserReceives) {
        sendingContexts = new SrtpContext[Track.values().length];
        for (Track t : Track.values()) {
            sendingContexts[t.ordinal()] = browserSends.rtpContext((int) browser.ssrc(t));
        }
        receiving = browserReceives;
        receivingContexts.clear();
    }

    /**
     * An SRTP packet of {@code track} as Chrome sends it (one-byte extensions: transport-wide sequence number, and
     * the audio level for audio) in this peer's own buffer; returns its length. Allocation-free.
     */
    int rtp(Track track, int sequence, int payloadBytes) {
        byte[] b = buffer;
        b[0] = (byte) 0x90;
        b[1] = (byte) (track == Track.AUDIO ? OPUS : VP8);
        putShort(b, 2, sequence);
        putInt(b, 4, sequence * 960);
        putInt(b, 8, (int) browser.ssrc(track));
        putShort(b, 12, 0xBEDE);
        putShort(b, 14, 2);
        b[16] = (byte) (TRANSPORT_CC_ID << 4 | 1);
        putShort(b, 17, transportSequence++);
        b[19] = (byte) (track == Track.AUDIO ? AUDIO_LEVEL_ID << 4 : 0);
        b[20] = (byte) (track == Track.AUDIO ? 0x80 | 30 : 0);
        b[21] = 0;
        b[22] = 0;
        b[23] = 0;
        int header = 24;
        for (int i = 0; i < payloadBytes; i++) {
            b[header + i] = (byte) (track == Track.VIDEO && i == 0 ? 0x10 : i);
        }
        int length = header + payloadBytes;
        SrtpContext context = sendingContexts[track.ordinal()];
        if (context.protect(buffer, 0, length) != SrtpRefusal.NONE) {
            throw new AssertionError("the browser could not protect its packet");
        }
        return context.length();
    }

    private static void putShort(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    private static void putInt(byte[] b, int at, int value) {
        putShort(b, at, value >>> 16);
        putShort(b, at + 2, value);
    }

    byte[] buffer() {
        return buffer;
    }

    /** Unprotects an SRTP packet the SFU sent this browser; null when it does not authenticate. */
    byte[] unprotect(byte[] srtp) {
        int ssrc = ByteBuffer.wrap(srtp).getInt(8);
        byte[] copy = srtp.clone();
        SrtpContext context = receivingContexts.computeIfAbsent(ssrc, receiving::rtpContext);
        if (context.unprotect(copy, 0, copy.length) != SrtpRefusal.NONE) {
            return null;
        }
        return java.util.Arrays.copyOf(copy, context.length());
    }

    /** The SSRC the SFU announced to this browser for {@code sender}'s {@code kind} ("audio"/"video"). */
    long announcedSsrc(TestPeer sender, String kind) {
        try {
            String offer = listener.offers.get(listener.offers.size() - 1).sdp();
            for (MediaDescription m : SdpParser.parse(offer).media()) {
                if (m.msid() != null && m.msid().stream().equals(sender.leg.participantId())
                        && m.media().equals(kind)) {
                    return m.ssrcs().get(0).ssrc();
                }
            }
        } catch (SdpRefusal e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no " + kind + " of " + sender.leg.participantId() + " offered to " + number);
    }

    Leg leg() {
        return leg;
    }

    RecordingListener listener() {
        return listener;
    }

    FakeReply reply() {
        return reply;
    }

    InetSocketAddress source() {
        return source;
    }

    String password() {
        return password;
    }
}

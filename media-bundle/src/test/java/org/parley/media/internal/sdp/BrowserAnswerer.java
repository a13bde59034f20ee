package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays Chrome answering a server offer, line by line as Chrome rewrites it: its own o= line, credentials,
 * fingerprint and DTLS role (active), mirrored directions, no candidates (trickled), no a=ice-lite, no SSRC
 * lines of the sender, and rejected m-lines kept rejected.
 */
public final class BrowserAnswerer {
    static final String UFRAG = "R9xJ";
    static final String PWD = "Wq2n+T5bV8fK1yLpZ0cQdE7h";
    public static final String FINGERPRINT =
            "5E:6A:0B:9C:44:17:AF:D2:3B:8E:71:C0:5F:92:E8:1D:A4:6C:30:BB:7E:19:F5:02:C8:4D:93:E6:2A:71:B8:0F";

    private BrowserAnswerer() {
    }

    /** Chrome's answer to {@code offer}, with this class's ufrag. */
    static String answer(String offer) {
        return answer(offer, UFRAG);
    }

    /** Chrome's answer to {@code offer} (a whole description or any part of one) with the ICE ufrag {@code ufrag}. */
    public static String answer(String offer, String ufrag) {
        List<String> out = new ArrayList<>();
        boolean rejected = false;
        for (String line : offer.split("\r\n")) {
            if (line.startsWith("m=")) {
                String[] f = line.split(" ", 3);
                rejected = f[1].equals("0");
                line = rejected ? line : f[0] + " 9 " + f[2];
            }
            String mapped = map(line, rejected, ufrag);
            if (mapped != null) {
                out.add(mapped);
            }
        }
        return String.join("\r\n", out) + "\r\n";
    }

    /**
     * Plays Chrome offering again after {@code serverDescription} was settled: the same m-lines, actpass, its
     * own m-lines sendrecv and the SFU's recvonly.
     */
    static String reoffer(String serverDescription) {
        return answer(serverDescription).replace("a=setup:active", "a=setup:actpass")
                .replace("a=sendonly", "a=sendrecv");
    }

    private static String map(String line, boolean rejected, String ufrag) {
        if (line.startsWith("o=")) {
            return "o=- 1234567890123456789 3 IN IP4 127.0.0.1";
        }
        if (rejected && line.startsWith("a=") && !line.startsWith("a=mid:") && !line.equals("a=inactive")) {
            return null;
        }
        if (line.equals("a=ice-lite") || line.startsWith("a=candidate:") || line.equals("a=end-of-candidates")
                || line.startsWith("a=ssrc") || line.startsWith("a=msid:")) {
            return null;
        }
        if (line.startsWith("c=IN") && !rejected) {
            return "c=IN IP4 0.0.0.0";
        }
        return switch (line) {
            case "a=sendonly" -> "a=recvonly";
            case "a=recvonly" -> "a=sendonly";
            case "a=setup:actpass" -> "a=setup:active";
            default -> line.startsWith("a=ice-ufrag:") ? "a=ice-ufrag:" + ufrag
                    : line.startsWith("a=ice-pwd:") ? "a=ice-pwd:" + PWD
                    : line.startsWith("a=fingerprint:") ? "a=fingerprint:sha-256 " + FINGERPRINT : line;
        };
    }
}

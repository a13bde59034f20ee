package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a session description into lines (RFC 8866 §5):
 * <pre>
 *   session-description = 1*( type "=" value CRLF )     ; type: one letter a-z, no space around "="
 *   v=0
 *   o=- 4611731400430051336 2 IN IP4 127.0.0.1
 *   ...
 *   m=audio 9 UDP/TLS/RTP/SAVPF 111 63
 *   a=rtpmap:111 opus/48000/2
 * </pre>
 * Lines end in CRLF; a bare LF is accepted as RFC 8866 §5 asks of parsers, a CR not followed by LF is refused.
 * Control characters other than TAB, empty lines in the middle, over-long lines and over-long descriptions are
 * refused before anything else looks at the text.
 */
public final class SdpLineReader {
    private static final char CR = '\r';
    private static final char LF = '\n';
    private static final char TAB = '\t';
    private static final int MIN_LINE_CHARS = 2;

    private SdpLineReader() {
    }

    /** The lines of {@code sdp}, in order; refused as a whole when any line is malformed. */
    public static List<SdpLine> read(String sdp) throws SdpRefusal {
        if (sdp == null || sdp.isEmpty()) {
            throw new SdpRefusal(0, "empty session description");
        }
        List<SdpLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < sdp.length()) {
            int end = lineEnd(sdp, start, number);
            lines.add(line(sdp.substring(start, end), number));
            start = end < sdp.length() && sdp.charAt(end) == CR ? end + 2 : end + 1;
            number++;
        }
        return lines;
    }

    /** Index of the CR or LF ending the line that starts at {@code start} (or the text's end). */
    private static int lineEnd(String sdp, int start, int number) throws SdpRefusal {
        for (int i = start; i < sdp.length(); i++) {
            char c = sdp.charAt(i);
            if (i - start >= SdpLimits.MAX_LINE_CHARS) {
                throw new SdpRefusal(number, "line longer than " + SdpLimits.MAX_LINE_CHARS + " characters");
            }
            if (i >= SdpLimits.MAX_CHARS) {
                throw new SdpRefusal(number, "description longer than " + SdpLimits.MAX_CHARS + " characters");
            }
            if (c == LF) {
                return i;
            }
            if (c == CR) {
                if (i + 1 >= sdp.length() || sdp.charAt(i + 1) != LF) {
                    throw new SdpRefusal(number, "CR not followed by LF at column " + (i - start + 1));
                }
                return i;
            }
            if (c < ' ' && c != TAB || c == 0x7f) {
                throw new SdpRefusal(number, "control character 0x" + Integer.toHexString(c) + " at column "
                        + (i - start + 1));
            }
        }
        return sdp.length();
    }

    private static SdpLine line(String text, int number) throws SdpRefusal {
        if (text.length() < MIN_LINE_CHARS || text.charAt(1) != '=') {
            throw new SdpRefusal(number, "not a <type>=<value> line");
        }
        char type = text.charAt(0);
        if (type < 'a' || type > 'z') {
            throw new SdpRefusal(number, "line type '" + type + "' is not a lower-case letter");
        }
        return new SdpLine(number, type, text.substring(2));
    }
}

package org.parley.audit.internal.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Formats one RFC 5424 message (section 6):
 * <pre>
 * &lt;PRI&gt;1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA BOM MSG
 * &lt;133&gt;1 2025-01-02T03:04:05.678Z appliance parley 4242 audit - \xEF\xBB\xBF{"type":"record",...}
 * </pre>
 * PRI = facility × 8 + severity; the structured data is the nil value {@code -}; MSG is the JSON line, UTF-8 and
 * so preceded by the byte order mark (section 6.4).
 */
public final class SyslogMessage {

    /** RFC 5424 severities used by audit. */
    public static final int WARNING = 4;
    public static final int NOTICE = 5;
    public static final int INFORMATIONAL = 6;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String APP_NAME = "parley";
    private static final int MAX_HOSTNAME = 255;
    private static final int MAX_MSGID = 32;

    private SyslogMessage() {
    }

    public static byte[] format(int facility, int severity, Instant time, String hostname, long procId, String msgId,
            String message) {
        String header = "<" + (facility * 8 + severity) + ">1 " + time.truncatedTo(ChronoUnit.MICROS) + " "
                + printable(hostname, MAX_HOSTNAME) + " " + APP_NAME + " " + procId + " " + printable(msgId, MAX_MSGID)
                + " - ";
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length() + message.length() + 8);
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(BOM);
        out.writeBytes(message.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** RFC 6587 section 3.4.1 octet-counting frame: {@code MSG-LEN SP SYSLOG-MSG}. */
    public static byte[] octetCounted(byte[] message) {
        byte[] prefix = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, frame, 0, prefix.length);
        System.arraycopy(message, 0, frame, prefix.length, message.length);
        return frame;
    }

    /** Header fields are PRINTUSASCII (33 to 126) without spaces; anything else becomes {@code -}. */
    private static String printable(String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength));
        for (int i = 0; i < value.length() && out.length() < maxLength; i++) {
            char c = value.charAt(i);
            out.append(c >= 33 && c <= 126 ? c : '-');
        }
        return out.toString();
    }
}

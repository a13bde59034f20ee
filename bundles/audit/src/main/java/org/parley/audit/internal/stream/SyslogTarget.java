package org.parley.audit.internal.stream;

import java.util.List;
import java.util.Locale;

/**
 * Where audit syslog messages go.
 *
 * @param protocol {@code udp} (RFC 5426, one message per datagram) or {@code tcp} (RFC 6587 octet counting)
 * @param facility the RFC 5424 facility code, 0 to 23
 */
public record SyslogTarget(String host, int port, String protocol, int facility) {

    /** RFC 5424 facility names in code order (0 = kern … 23 = local7). */
    public static final List<String> FACILITIES = List.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
            "news", "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron", "local0",
            "local1", "local2", "local3", "local4", "local5", "local6", "local7");

    /** The facility code for a name such as {@code authpriv} or a number 0 to 23, or -1 when it is neither. */
    public static int facilityCode(String nameOrNumber) {
        String value = nameOrNumber.trim().toLowerCase(Locale.ROOT);
        if (value.matches("\\d{1,2}")) {
            int code = Integer.parseInt(value);
            return code < FACILITIES.size() ? code : -1;
        }
        return FACILITIES.indexOf(value);
    }

    public boolean tcp() {
        return "tcp".equals(protocol);
    }

    @Override
    public String toString() {
        return protocol + "://" + host + ":" + port;
    }
}

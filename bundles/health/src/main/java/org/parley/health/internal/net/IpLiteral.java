package org.parley.health.internal.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses textual IPv4 and IPv6 addresses without ever asking DNS. */
public final class IpLiteral {

    /** Digits, hex letters, dots and colons: anything else (a host name, a zone id) is not a literal. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:]+");

    private IpLiteral() {
    }

    /** The address written in {@code text}, or empty when it is not an IP literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null || !LITERAL.matcher(text).matches() || !(text.contains(".") || text.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

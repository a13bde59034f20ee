package org.parley.auth.internal.ldap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Checks that the server's certificate names the host of the URL, as RFC 6125 says: an IP address against the IP
 * subject alternative names, a host name against the DNS ones (a wildcard only as the whole left-most label); the
 * subject's CN is not used, and nothing is looked up in DNS. Always on: a trusted certificate of another host is
 * refused.
 */
final class HostNameCheck {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private HostNameCheck() {
    }

    static void verify(String host, SSLSession session) throws ServerFailure {
        X509Certificate certificate = serverCertificate(session);
        List<List<?>> names = alternativeNames(certificate);
        for (List<?> name : names) {
            if (matches(host, (Integer) name.get(0), name.get(1).toString())) {
                return;
            }
        }
        List<String> shown = names.stream().map(name -> name.get(1).toString()).toList();
        throw new ServerFailure(ServerFailure.Stage.TLS, "host name " + host + " does not match the certificate "
                + "(names: " + (shown.isEmpty() ? "none; subject " + certificate.getSubjectX500Principal()
                        : String.join(", ", shown)) + "); use one of its names in the URL");
    }

    static boolean matches(String host, int type, String name) {
        if (IP_LITERAL.matcher(host).matches()) {
            return type == IP_ADDRESS && sameAddress(host, name);
        }
        if (type != DNS_NAME) {
            return false;
        }
        String wanted = withoutTrailingDot(host.toLowerCase(Locale.ROOT));
        String offered = withoutTrailingDot(name.toLowerCase(Locale.ROOT));
        if (offered.startsWith("*.")) {
            int firstDot = wanted.indexOf('.');
            return firstDot > 0 && wanted.substring(firstDot).equals(offered.substring(1));
        }
        return wanted.equals(offered);
    }

    private static X509Certificate serverCertificate(SSLSession session) throws ServerFailure {
        try {
            Certificate[] chain = session == null ? null : session.getPeerCertificates();
            if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate certificate)) {
                throw new ServerFailure(ServerFailure.Stage.TLS, "the server sent no X.509 certificate");
            }
            return certificate;
        } catch (SSLPeerUnverifiedException e) {
            throw new ServerFailure(ServerFailure.Stage.TLS, "TLS handshake failed: the server's certificate could "
                    + "not be verified");
        }
    }

    private static List<List<?>> alternativeNames(X509Certificate certificate) throws ServerFailure {
        try {
            Collection<List<?>> all = certificate.getSubjectAlternativeNames();
            List<List<?>> names = new ArrayList<>();
            if (all != null) {
                all.stream().filter(name -> (Integer) name.get(0) == DNS_NAME || (Integer) name.get(0) == IP_ADDRESS)
                        .forEach(names::add);
            }
            return names;
        } catch (CertificateParsingException e) {
            throw new ServerFailure(ServerFailure.Stage.TLS, "the certificate's subject alternative names cannot be "
                    + "read: " + e.getMessage());
        }
    }

    /** Both are IP literals here, so no name is resolved. */
    private static boolean sameAddress(String host, String name) {
        try {
            return InetAddress.getByName(host).equals(InetAddress.getByName(name));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}

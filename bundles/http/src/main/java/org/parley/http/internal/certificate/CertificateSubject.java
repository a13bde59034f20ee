package org.parley.http.internal.certificate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * The body of {@code POST /api/v1/system/tls/csr}: who the certificate is for. The common name is always among the
 * subject alternative names too (browsers read only those).
 *
 * @param subjectAltNames DNS names (one leading {@code *.} allowed) or IP addresses
 * @param country two-letter ISO 3166 code
 * @param keyAlgorithm {@code EC} (P-256, the default) or {@code RSA} (3072 bits)
 */
public record CertificateSubject(String commonName, List<String> subjectAltNames, String organization,
        String organizationalUnit, String locality, String state, String country, String keyAlgorithm) {

    private static final Pattern DNS = Pattern.compile(
            "(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    /** The problem with the request, or null when it can be made; {@code [field, reason]}. */
    String[] problem() {
        if (commonName == null || commonName.isBlank() || commonName.length() > 64) {
            return new String[] {"commonName", "commonName is required (1-64 characters): the host name people "
                    + "use to reach Parley, e.g. meet.hospital.example"};
        }
        for (String name : names()) {
            if (!isAddress(name) && (name.length() > 253 || !DNS.matcher(name).matches())) {
                return new String[] {"subjectAltNames", "'" + name + "' is neither a DNS name nor an IP address"};
            }
        }
        if (country != null && !country.isBlank() && !country.trim().matches("[A-Za-z]{2}")) {
            return new String[] {"country", "country is a two-letter ISO 3166 code, e.g. DE"};
        }
        if (keyAlgorithm != null && !keyAlgorithm.equals("EC") && !keyAlgorithm.equals("RSA")) {
            return new String[] {"keyAlgorithm", "keyAlgorithm is EC (P-256, the default) or RSA (3072 bits)"};
        }
        return null;
    }

    /** The common name followed by the other names, each once. */
    List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(commonName.trim());
        if (subjectAltNames != null) {
            subjectAltNames.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).forEach(names::add);
        }
        return new ArrayList<>(names);
    }

    GeneralName[] generalNames() {
        return names().stream().map(n -> new GeneralName(isAddress(n) ? GeneralName.iPAddress : GeneralName.dNSName,
                n)).toArray(GeneralName[]::new);
    }

    private static boolean isAddress(String name) {
        return IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
    }
}

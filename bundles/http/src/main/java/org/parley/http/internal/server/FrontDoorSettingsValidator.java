package org.parley.http.internal.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;
import org.parley.http.internal.tls.TlsMaterial;

/**
 * Checks front door settings before they apply: distinct ports, an address literal to bind, trusted proxies that
 * parse, and a certificate that opens with its key and password and belongs to that key. Certificate, key and
 * password are judged together, so a change of one without the others is refused rather than half-applied.
 */
@Component(property = SettingsValidator.PID_PROPERTY + "=" + FrontDoorConfig.PID)
public class FrontDoorSettingsValidator implements SettingsValidator {

    @Override
    public List<SettingsProblem> validate(Map<String, Object> properties) {
        List<SettingsProblem> problems = new ArrayList<>();
        int httpsPort = number(properties, "httpsPort", 8443);
        int httpPort = number(properties, "httpPort", 8080);
        if (httpsPort == httpPort) {
            problems.add(new SettingsProblem("httpPort", "must differ from httpsPort (" + httpsPort + "); 0 turns "
                    + "the redirect off"));
        }
        String bind = text(properties, "bindAddress", "0.0.0.0");
        if (!bind.matches("[0-9A-Fa-f:.]+")) {
            problems.add(new SettingsProblem("bindAddress", "'" + bind + "' is not an IP address; use 0.0.0.0 for "
                    + "every address or one address of this host"));
        }
        try {
            ProxyList.parse(list(properties.get("trustedProxies")));
        } catch (IllegalArgumentException e) {
            problems.add(new SettingsProblem("trustedProxies", e.getMessage()));
        }
        certificateProblem(properties).ifPresent(problems::add);
        return problems;
    }

    private static java.util.Optional<SettingsProblem> certificateProblem(Map<String, Object> properties) {
        String certificate = text(properties, "certificateFile", "");
        if (certificate.isBlank()) {
            return java.util.Optional.empty();
        }
        String key = text(properties, "keyFile", "");
        try {
            TlsMaterial.load(Path.of(certificate), key.isBlank() ? null : Path.of(key),
                    text(properties, "keyPassword", "").toCharArray());
            return java.util.Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            return java.util.Optional.of(new SettingsProblem("certificateFile", e.getMessage()));
        }
    }

    private static int number(Map<String, Object> properties, String key, int fallback) {
        Object value = properties.get(key);
        return value instanceof Number n ? n.intValue() : value == null ? fallback : Integer.parseInt(value.toString());
    }

    private static String text(Map<String, Object> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null ? fallback : value.toString().trim();
    }

    private static List<Object> list(Object value) {
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> items = new ArrayList<>();
            iterable.forEach(items::add);
            return items;
        }
        return value == null ? List.of() : List.of(value);
    }
}

package org.parley.system.internal.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.rest.ProblemException;

/**
 * The body of {@code test} and {@code migrate}: the connection attributes of PID {@code org.parley.store.Database}.
 * Only those are taken (pool size and timeouts keep their settings); their values are checked by the store.
 */
final class TargetBody {

    static final String PID = "org.parley.store.Database";
    static final List<String> ATTRIBUTES = List.of("url", "user", "password", "passwordFile", "sslMode",
            "sslRootCert");

    private TargetBody() {
    }

    /** The attributes as the store reads them; an unknown one is refused naming it. */
    static Map<String, Object> read(Map<String, Object> body) {
        if (body == null) {
            throw ProblemException.badRequest("Send the PostgreSQL to use: {\"url\": \"jdbc:postgresql://host:5432/"
                    + "parley\", \"user\": \"parley\", \"password\": \"...\", \"sslMode\": \"require\"}");
        }
        Map<String, Object> settings = new HashMap<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            if (!ATTRIBUTES.contains(entry.getKey())) {
                throw ProblemException.invalid(entry.getKey(), entry.getKey() + " is not a connection setting; send "
                        + String.join(", ", ATTRIBUTES));
            }
            if (entry.getValue() != null && !(entry.getValue() instanceof String)) {
                throw ProblemException.invalid(entry.getKey(), entry.getKey() + " must be a string");
            }
            if (entry.getValue() != null) {
                settings.put(entry.getKey(), entry.getValue());
            }
        }
        return settings;
    }

    /** The change for the settings path: every connection attribute, absent ones reset to their defaults. */
    static Map<String, Object> settingsChange(Map<String, Object> settings) {
        Map<String, Object> change = new HashMap<>();
        ATTRIBUTES.forEach(attribute -> change.put(attribute, settings.get(attribute)));
        return change;
    }
}

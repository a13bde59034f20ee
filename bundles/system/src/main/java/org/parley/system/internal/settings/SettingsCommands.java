package org.parley.system.internal.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;
import org.parley.api.rest.ProblemException;
import org.parley.system.internal.Caller;
import org.parley.system.internal.settings.SettingsViews.PidSettings;

/**
 * {@code parleyctl config get|set} on the same {@link SettingsService} path as {@code /api/v1/settings}: the same
 * catalog, checks, validators, all-or-nothing write and {@code settings.change} audit record. Arguments of
 * {@code config.set}: {@code pid} and one {@code value.<attribute>} per change; a value written {@code [..]} is a
 * JSON list (for attributes that take several values). A refusal is exit status 2 with the validator's message.
 */
final class SettingsCommands {

    static final String VALUE_PREFIX = "value.";

    private SettingsCommands() {
    }

    /** Every PID, one PID, or one attribute of a PID (passwords as the REST view shows them: never the value). */
    static Object get(SettingsService settings, AdminRequest request) throws AdminCommandException {
        String pid = request.argument("pid", "");
        String attribute = request.argument("attribute", "");
        try {
            if (pid.isEmpty()) {
                return settings.list();
            }
            PidSettings one = settings.get(pid);
            if (attribute.isEmpty()) {
                return one;
            }
            return one.attributes().stream().filter(a -> a.id().equals(attribute)).findFirst()
                    .orElseThrow(() -> new AdminCommandException(2, pid + " has no attribute '" + attribute
                            + "'; 'parleyctl config get " + pid + "' lists them"));
        } catch (ProblemException e) {
            throw commandException(e);
        }
    }

    static PidSettings set(SettingsService settings, AdminRequest request) throws AdminCommandException {
        String pid = request.argument("pid", "");
        Map<String, Object> change = new LinkedHashMap<>();
        request.arguments().forEach((name, value) -> {
            if (name.startsWith(VALUE_PREFIX)) {
                change.put(name.substring(VALUE_PREFIX.length()), value(value));
            }
        });
        if (pid.isEmpty() || change.isEmpty()) {
            throw new AdminCommandException(2, "name a PID and at least one ATTRIBUTE=VALUE");
        }
        try {
            return settings.apply(Map.of(pid, change), new Caller(request.caller(), "local")).get(0);
        } catch (ProblemException e) {
            throw commandException(e);
        }
    }

    /** {@code [a, b]} (JSON-like, items trimmed and unquoted) is a list; anything else one value as typed. */
    static Object value(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            return text;
        }
        List<String> items = new ArrayList<>();
        String inner = trimmed.substring(1, trimmed.length() - 1).trim();
        if (!inner.isEmpty()) {
            for (String item : inner.split(",")) {
                items.add(item.trim().replaceAll("^\"|\"$", ""));
            }
        }
        return items;
    }

    /** Refusals the caller can fix (unknown, invalid, managed by a file) are 2; the appliance's own trouble 1. */
    static AdminCommandException commandException(ProblemException e) {
        return new AdminCommandException(e.status() < 500 ? 2 : 1, e.detail().replace(
                "GET /api/v1/settings lists them", "'parleyctl config get' lists them"));
    }
}

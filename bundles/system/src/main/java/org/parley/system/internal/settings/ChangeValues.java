package org.parley.system.internal.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * The before and after values of a settings change as the audit trail keeps them ({@code before.<id>},
 * {@code after.<id>}): Password attributes masked, long values (a PEM) cut so one record stays small, an attribute
 * that was not configured shown as {@value #UNSET} (the component then uses its Metatype default).
 */
final class ChangeValues {

    static final String UNSET = "(unset)";
    static final String MASK = "********";
    /** Characters kept of a long value; the record then names the full length. */
    static final int KEPT = 200;

    private ChangeValues() {
    }

    /** Before/after of every {@code changed} attribute, from the stored properties before and after. */
    static Map<String, String> of(PidDefinition definition, Map<String, Object> before, Map<String, Object> after,
            List<String> changed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : changed) {
            Optional<AttributeDefinition> ad = definition.attribute(id);
            boolean secret = ad.isPresent() && ad.get().getType() == AttributeDefinition.PASSWORD;
            values.put("before." + id, shown(before.get(id), secret));
            values.put("after." + id, shown(after.get(id), secret));
        }
        return values;
    }

    static String shown(Object value, boolean secret) {
        String text = value == null ? "" : ValueConverter.encode(value);
        if (text.isEmpty()) {
            return UNSET;
        }
        if (secret) {
            return MASK;
        }
        return text.length() <= KEPT ? text : text.substring(0, KEPT) + "… (" + text.length() + " characters)";
    }
}

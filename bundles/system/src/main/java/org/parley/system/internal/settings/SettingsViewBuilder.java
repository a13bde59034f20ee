package org.parley.system.internal.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.metatype.AttributeDefinition;
import org.parley.system.internal.settings.SettingsViews.AttributeSetting;
import org.parley.system.internal.settings.SettingsViews.OptionView;
import org.parley.system.internal.settings.SettingsViews.PidSettings;

/** Builds the REST view of a PID from its Metatype and its stored configuration; passwords never leave here. */
final class SettingsViewBuilder {

    static final String SECRET_PLACEHOLDER = "********";

    private SettingsViewBuilder() {
    }

    /**
     * @param stored the stored configuration, or null when there is none
     * @param problems values refused from the file, if any
     */
    static PidSettings view(PidDefinition definition, Map<String, Object> stored, Path etcRoot,
            List<String> problems) {
        String managedBy = SettingsSource.managedBy(stored, etcRoot);
        String source = stored == null ? SettingsSource.DEFAULT
                : managedBy != null ? SettingsSource.FILE : SettingsSource.CONSOLE;
        List<AttributeSetting> attributes = new ArrayList<>();
        for (AttributeDefinition ad : definition.attributes()) {
            attributes.add(attribute(ad, stored, source));
        }
        return new PidSettings(definition.pid(), definition.factory(), definition.bundle(), definition.name(),
                definition.description(), source, managedBy, managedBy != null, attributes, problems);
    }

    private static AttributeSetting attribute(AttributeDefinition ad, Map<String, Object> stored, String pidSource) {
        Object storedValue = stored == null ? null : stored.get(ad.getID());
        boolean set = storedValue != null;
        boolean secret = ad.getType() == AttributeDefinition.PASSWORD;
        Object defaultValue = secret ? null : AttributeRules.defaultValue(ad);
        Object value;
        if (secret) {
            value = set ? SECRET_PLACEHOLDER : null;
        } else {
            value = set ? jsonValue(storedValue) : defaultValue;
        }
        return new AttributeSetting(ad.getID(), ad.getName(), ad.getDescription(),
                ValueConverter.typeName(ad.getType()), jsonValue(defaultValue), ad.getCardinality(), options(ad),
                jsonValue(value), set, set ? pidSource : SettingsSource.DEFAULT);
    }

    private static List<OptionView> options(AttributeDefinition ad) {
        String[] values = ad.getOptionValues();
        String[] labels = ad.getOptionLabels();
        List<OptionView> options = new ArrayList<>();
        for (int i = 0; values != null && i < values.length; i++) {
            options.add(new OptionView(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
        }
        return options;
    }

    /** Arrays become lists so that JSON shows them as arrays whatever their element type. */
    private static Object jsonValue(Object value) {
        return value != null && value.getClass().isArray() ? ValueConverter.items(value) : value;
    }
}

package org.parley.system.internal.settings;

import java.util.Arrays;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * What Metatype says a value of one attribute must be: first converted to the declared type and cardinality (with a
 * message a person can act on), then checked by {@link AttributeDefinition#validate} for options and limits.
 */
final class AttributeRules {

    private AttributeRules() {
    }

    /** The typed value, or why it cannot be accepted. */
    static Object typedValue(AttributeDefinition ad, Object raw) throws InvalidValueException {
        Object typed = ValueConverter.convert(ad, raw);
        for (Object item : ValueConverter.items(typed)) {
            checkOptions(ad, item);
            String verdict = ad.validate(String.valueOf(item));
            if (verdict != null && !verdict.isEmpty()) {
                throw new InvalidValueException(ad.getType() == AttributeDefinition.PASSWORD
                        ? "is not accepted" : "is not accepted: " + verdict);
            }
        }
        return typed;
    }

    private static void checkOptions(AttributeDefinition ad, Object item) throws InvalidValueException {
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0 && !Arrays.asList(options).contains(String.valueOf(item))) {
            throw new InvalidValueException("is not one of " + String.join(", ", options));
        }
    }

    /** The Metatype default, typed; null when there is none or it does not convert. */
    static Object defaultValue(AttributeDefinition ad) {
        String[] defaults = ad.getDefaultValue();
        if (defaults == null) {
            return null;
        }
        try {
            return ValueConverter.convert(ad, ad.getCardinality() == 0 && defaults.length > 0 ? defaults[0]
                    : Arrays.asList(defaults));
        } catch (InvalidValueException e) {
            return null;
        }
    }
}

package org.parley.system.internal.settings;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * Converts a value from JSON (numbers, strings, booleans, lists) or from a configuration file (strings) to the Java
 * type a Metatype attribute declares, and encodes typed values as text for the last-valid store. Several values are
 * held in an array of the attribute's type ({@code Integer[]}, {@code String[]}), which ConfigAdmin and SCR accept.
 */
final class ValueConverter {

    private ValueConverter() {
    }

    /** The typed value for an attribute, honouring its cardinality. */
    static Object convert(AttributeDefinition ad, Object raw) throws InvalidValueException {
        List<Object> items = items(raw);
        if (ad.getCardinality() == 0) {
            if (items.size() != 1) {
                throw new InvalidValueException("takes exactly one value");
            }
            return convertOne(ad.getType(), items.get(0));
        }
        int max = Math.abs(ad.getCardinality());
        if (items.size() > max) {
            throw new InvalidValueException("takes at most " + max + " values, got " + items.size());
        }
        Object array = Array.newInstance(javaType(ad.getType()), items.size());
        for (int i = 0; i < items.size(); i++) {
            Array.set(array, i, convertOne(ad.getType(), items.get(i)));
        }
        return array;
    }

    /** The single values inside a raw value: the elements of an array or collection, or the value itself. */
    static List<Object> items(Object raw) {
        if (raw instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (raw != null && raw.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(raw); i++) {
                list.add(Array.get(raw, i));
            }
            return list;
        }
        return raw == null ? List.of() : List.of(raw);
    }

    static Object convertOne(int type, Object value) throws InvalidValueException {
        if (value == null) {
            throw new InvalidValueException("must not be null");
        }
        String text = value.toString().trim();
        switch (type) {
            case AttributeDefinition.BOOLEAN:
                return toBoolean(value, text);
            case AttributeDefinition.CHARACTER:
                if (text.length() != 1) {
                    throw new InvalidValueException("is not a single character");
                }
                return text.charAt(0);
            case AttributeDefinition.LONG:
            case AttributeDefinition.INTEGER:
            case AttributeDefinition.SHORT:
            case AttributeDefinition.BYTE:
                return toIntegral(type, value, text);
            case AttributeDefinition.DOUBLE:
            case AttributeDefinition.FLOAT:
                return toDecimal(type, value, text);
            default:
                return value instanceof String s ? s : value.toString();
        }
    }

    private static Boolean toBoolean(Object value, String text) throws InvalidValueException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        }
        throw new InvalidValueException("is not true or false");
    }

    private static Object toIntegral(int type, Object value, String text) throws InvalidValueException {
        long number;
        try {
            number = value instanceof Number n && !(value instanceof Double || value instanceof Float)
                    ? n.longValue() : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("is not " + article(type) + " " + typeName(type).toLowerCase(Locale.ROOT));
        }
        switch (type) {
            case AttributeDefinition.INTEGER:
                return (int) inRange(number, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case AttributeDefinition.SHORT:
                return (short) inRange(number, Short.MIN_VALUE, Short.MAX_VALUE);
            case AttributeDefinition.BYTE:
                return (byte) inRange(number, Byte.MIN_VALUE, Byte.MAX_VALUE);
            default:
                return number;
        }
    }

    private static long inRange(long number, long min, long max) throws InvalidValueException {
        if (number < min || number > max) {
            throw new InvalidValueException("is out of range (" + min + " to " + max + ")");
        }
        return number;
    }

    private static Object toDecimal(int type, Object value, String text) throws InvalidValueException {
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
            return type == AttributeDefinition.FLOAT ? (Object) (float) number : (Object) number;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("is not a number");
        }
    }

    /** The Java class of one value of the Metatype type. */
    static Class<?> javaType(int type) {
        switch (type) {
            case AttributeDefinition.LONG: return Long.class;
            case AttributeDefinition.INTEGER: return Integer.class;
            case AttributeDefinition.SHORT: return Short.class;
            case AttributeDefinition.CHARACTER: return Character.class;
            case AttributeDefinition.BYTE: return Byte.class;
            case AttributeDefinition.DOUBLE: return Double.class;
            case AttributeDefinition.FLOAT: return Float.class;
            case AttributeDefinition.BOOLEAN: return Boolean.class;
            default: return String.class;
        }
    }

    /** The Metatype type's name as the REST API shows it. */
    static String typeName(int type) {
        if (type == AttributeDefinition.PASSWORD) {
            return "Password";
        }
        return type == AttributeDefinition.INTEGER ? "Integer" : javaType(type).getSimpleName();
    }

    private static String article(int type) {
        return type == AttributeDefinition.INTEGER ? "an" : "a";
    }

    /** Text form for the last-valid store: several values joined by commas, with {@code \} escaping. */
    static String encode(Object typed) {
        if (typed == null || !typed.getClass().isArray()) {
            return String.valueOf(typed);
        }
        List<String> parts = new ArrayList<>();
        for (Object item : items(typed)) {
            parts.add(String.valueOf(item).replace("\\", "\\\\").replace(",", "\\,"));
        }
        return String.join(",", parts);
    }

    /** The inverse of {@link #encode}, typed by the attribute. */
    static Object decode(AttributeDefinition ad, String text) throws InvalidValueException {
        return convert(ad, ad.getCardinality() == 0 ? text : splitEscaped(text));
    }

    static List<String> splitEscaped(String text) {
        List<String> parts = new ArrayList<>();
        if (text.isEmpty()) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** A value as it may appear in a message: secrets hidden, arrays listed. */
    static String shown(AttributeDefinition ad, Object value) {
        if (ad.getType() == AttributeDefinition.PASSWORD) {
            return "(secret)";
        }
        if (value != null && value.getClass().isArray()) {
            return Arrays.deepToString(items(value).toArray());
        }
        return String.valueOf(value);
    }
}

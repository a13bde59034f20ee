package org.parley.http.internal.openapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (OpenAPI 3.0 dialect) for the Java types that cross the API: records become objects with one
 * property per component, registered once under {@code components/schemas} and referenced by {@code $ref}.
 */
final class SchemaGenerator {

    private final Map<String, Object> components = new TreeMap<>();

    Map<String, Object> components() {
        return components;
    }

    Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(parameterized);
        }
        if (type instanceof GenericArrayType array) {
            return arrayOf(array.getGenericComponentType());
        }
        if (type instanceof Class<?> cls) {
            return classSchema(cls);
        }
        return object();
    }

    private Map<String, Object> parameterized(ParameterizedType type) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            return arrayOf(arguments[0]);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> schema = object();
            schema.put("additionalProperties", schemaOf(arguments[1]));
            return schema;
        }
        if (raw == Optional.class) {
            return schemaOf(arguments[0]);
        }
        return schemaOf(raw);
    }

    private Map<String, Object> classSchema(Class<?> cls) {
        Map<String, Object> simple = SimpleTypes.of(cls);
        if (simple != null) {
            return simple;
        }
        if (cls.isArray()) {
            return arrayOf(cls.getComponentType());
        }
        if (cls.isEnum()) {
            Map<String, Object> schema = typed("string");
            schema.put("enum", java.util.Arrays.stream(cls.getEnumConstants()).map(String::valueOf).toList());
            return schema;
        }
        if (cls.isRecord()) {
            return reference(cls);
        }
        return object();
    }

    private Map<String, Object> reference(Class<?> record) {
        String name = record.getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, Map.of());
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.put(component.getName(), schemaOf(component.getGenericType()));
            }
            Map<String, Object> schema = object();
            schema.put("properties", properties);
            components.put(name, schema);
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private Map<String, Object> arrayOf(Type item) {
        Map<String, Object> schema = typed("array");
        schema.put("items", schemaOf(item));
        return schema;
    }

    private static Map<String, Object> object() {
        return typed("object");
    }

    static Map<String, Object> typed(String type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        return schema;
    }

    /** The JSON forms of Java's scalar types. */
    private static final class SimpleTypes {
        static Map<String, Object> of(Class<?> cls) {
            if (cls == String.class || cls == char.class || cls == Character.class) {
                return typed("string");
            }
            if (cls == boolean.class || cls == Boolean.class) {
                return typed("boolean");
            }
            if (cls == int.class || cls == Integer.class || cls == short.class || cls == Short.class) {
                return formatted("integer", "int32");
            }
            if (cls == long.class || cls == Long.class) {
                return formatted("integer", "int64");
            }
            if (cls == double.class || cls == Double.class || cls == float.class || cls == Float.class
                    || Number.class.isAssignableFrom(cls)) {
                return typed("number");
            }
            if (cls == Instant.class || cls == OffsetDateTime.class) {
                return formatted("string", "date-time");
            }
            if (cls == LocalDate.class) {
                return formatted("string", "date");
            }
            if (cls == UUID.class) {
                return formatted("string", "uuid");
            }
            if (cls == Duration.class) {
                return formatted("string", "duration");
            }
            if (cls == byte[].class) {
                return formatted("string", "byte");
            }
            return null;
        }

        private static Map<String, Object> formatted(String type, String format) {
            Map<String, Object> schema = typed(type);
            schema.put("format", format);
            return schema;
        }
    }
}

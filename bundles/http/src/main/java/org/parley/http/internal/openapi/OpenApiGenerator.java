package org.parley.http.internal.openapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.api.Permission;
import org.parley.api.Public;

/**
 * Generates the OpenAPI 3.0 document from the JAX-RS annotations of the registered resource classes: one
 * operation per resource method, with its path, query and header parameters, body, response type, and the
 * permission it needs ({@code x-permission}, {@code public} for open routes).
 */
public final class OpenApiGenerator {

    static final String SERVER_URL = "/api/v1";

    private OpenApiGenerator() {
    }

    public static Map<String, Object> document(Collection<Class<?>> resourceClasses, String version) {
        SchemaGenerator schemas = new SchemaGenerator();
        Map<String, Object> paths = new TreeMap<>();
        List<Class<?>> sorted = new ArrayList<>(resourceClasses);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : sorted) {
            for (Method method : operations(type)) {
                String path = path(type, method);
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new TreeMap<>());
                item.put(httpMethod(method).toLowerCase(), Operation.of(type, method, schemas, access(type, method)));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Parley REST API", "version", version,
                "description", "The REST API of the Parley appliance. Errors are RFC 9457 problem documents."));
        document.put("servers", List.of(Map.of("url", SERVER_URL)));
        document.put("paths", paths);
        schemas.components().put("Problem", problemSchema());
        document.put("components", Map.of("schemas", schemas.components()));
        return document;
    }

    private static List<Method> operations(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && httpMethod(m) != null)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String path(Class<?> type, Method method) {
        String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
        String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String joined = "/" + base + "/" + sub;
        // {id: [0-9]+} is a JAX-RS template with a regular expression; OpenAPI knows only {id}.
        joined = joined.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String access(Class<?> type, Method method) {
        if (method.isAnnotationPresent(Public.class)) {
            return "public";
        }
        if (method.isAnnotationPresent(Permission.class)) {
            return method.getAnnotation(Permission.class).value();
        }
        if (type.isAnnotationPresent(Public.class)) {
            return "public";
        }
        return type.isAnnotationPresent(Permission.class) ? type.getAnnotation(Permission.class).value() : "denied";
    }

    static String[] produces(Class<?> type, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : type.getAnnotation(Produces.class);
        return produces == null ? new String[] {"application/json"} : produces.value();
    }

    static String[] consumes(Class<?> type, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : type.getAnnotation(Consumes.class);
        return consumes == null ? new String[] {"application/json"} : consumes.value();
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : List.of("type", "title", "detail", "instance", "field", "errorId")) {
            properties.put(name, SchemaGenerator.typed("string"));
        }
        properties.put("status", SchemaGenerator.typed("integer"));
        return Map.of("type", "object", "properties", properties);
    }
}

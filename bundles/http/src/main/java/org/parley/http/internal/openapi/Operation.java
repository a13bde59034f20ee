package org.parley.http.internal.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One OpenAPI operation object, read from a JAX-RS resource method. */
final class Operation {

    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private Operation() {
    }

    static Map<String, Object> of(Class<?> type, Method method, SchemaGenerator schemas, String access) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", type.getSimpleName() + "." + method.getName());
        operation.put("tags", List.of(type.getSimpleName().replaceAll("Resource$", "")));
        operation.put("x-permission", access);
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Map<String, Object> described = parameter(parameter, schemas);
            if (described != null) {
                parameters.add(described);
            } else if (isBody(parameter)) {
                operation.put("requestBody", Map.of("required", true,
                        "content", content(OpenApiGenerator.consumes(type, method), schemas.schemaOf(parameter.getParameterizedType()))));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        operation.put("responses", responses(type, method, schemas));
        return operation;
    }

    private static Map<String, Object> parameter(Parameter parameter, SchemaGenerator schemas) {
        String in;
        String name;
        if (parameter.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = parameter.getAnnotation(PathParam.class).value();
        } else if (parameter.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            name = parameter.getAnnotation(HeaderParam.class).value();
        } else {
            return null;
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", name);
        described.put("in", in);
        described.put("required", "path".equals(in));
        described.put("schema", schemas.schemaOf(parameter.getParameterizedType()));
        return described;
    }

    private static boolean isBody(Parameter parameter) {
        return NOT_BODY.stream().noneMatch(parameter::isAnnotationPresent);
    }

    private static Map<String, Object> responses(Class<?> type, Method method, SchemaGenerator schemas) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Class<?> returned = method.getReturnType();
        if (returned == void.class) {
            responses.put("204", Map.of("description", "Done"));
        } else if (returned == Response.class) {
            responses.put("200", Map.of("description", "OK"));
        } else {
            responses.put("200", Map.of("description", "OK",
                    "content", content(OpenApiGenerator.produces(type, method), schemas.schemaOf(method.getGenericReturnType()))));
        }
        responses.put("default", Map.of("description", "An error (RFC 9457 problem document)",
                "content", Map.of("application/problem+json", Map.of("schema",
                        Map.of("$ref", "#/components/schemas/Problem")))));
        return responses;
    }

    private static Map<String, Object> content(String[] mediaTypes, Map<String, Object> schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : mediaTypes) {
            content.put(mediaType, Map.of("schema", schema));
        }
        return content;
    }
}

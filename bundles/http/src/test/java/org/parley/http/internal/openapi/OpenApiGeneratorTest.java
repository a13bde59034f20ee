package org.parley.http.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.Permission;
import org.parley.api.Public;

class OpenApiGeneratorTest {

    enum Colour { RED, GREEN }

    record Widget(String name, int size, Instant made, List<String> tags, Colour colour) {
    }

    @Path("widgets")
    @Permission("widgets:read")
    static class WidgetResource {
        @GET
        public List<Widget> list(@QueryParam("limit") Integer limit) {
            return List.of();
        }

        @GET
        @Path("{id: [0-9]+}")
        @Public
        public Widget one(@PathParam("id") long id) {
            return null;
        }

        @PATCH
        @Path("{id}")
        @Consumes("application/json")
        @Permission("widgets:write")
        public void change(@PathParam("id") long id, Widget widget) {
        }
    }

    private final JsonNode document = new ObjectMapper().valueToTree(
            OpenApiGenerator.document(List.of(WidgetResource.class), "1.2.3"));

    @Test
    void describesEveryOperationWithItsPermission() {
        JsonNode paths = document.path("paths");
        assertEquals("widgets:read", paths.path("/widgets").path("get").path("x-permission").asText());
        assertEquals("public", paths.path("/widgets/{id}").path("get").path("x-permission").asText());
        assertEquals("widgets:write", paths.path("/widgets/{id}").path("patch").path("x-permission").asText());
        assertEquals("204", paths.path("/widgets/{id}").path("patch").path("responses").fieldNames().next());
    }

    @Test
    void parametersAndBodiesAreTyped() {
        JsonNode list = document.path("paths").path("/widgets").path("get");
        assertEquals("limit", list.path("parameters").get(0).path("name").asText());
        assertEquals("query", list.path("parameters").get(0).path("in").asText());
        JsonNode body = document.path("paths").path("/widgets/{id}").path("patch").path("requestBody");
        assertEquals("#/components/schemas/Widget",
                body.path("content").path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    void recordsBecomeComponentSchemas() {
        JsonNode widget = document.path("components").path("schemas").path("Widget").path("properties");
        assertEquals("string", widget.path("name").path("type").asText());
        assertEquals("integer", widget.path("size").path("type").asText());
        assertEquals("date-time", widget.path("made").path("format").asText());
        assertEquals("array", widget.path("tags").path("type").asText());
        assertTrue(widget.path("colour").path("enum").toString().contains("GREEN"));
        assertTrue(document.path("components").path("schemas").has("Problem"));
        assertEquals("1.2.3", document.path("info").path("version").asText());
    }
}

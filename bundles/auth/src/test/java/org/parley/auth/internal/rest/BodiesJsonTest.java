package org.parley.auth.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.auth.internal.core.UserAdmin;

/** The request and response bodies read and write the field names of the REST contract. */
class BodiesJsonTest {

    @Test
    void signInRequestWithAndWithoutCode() throws Exception {
        Bodies.SignInRequest full = Json.read("{\"username\":\"a\",\"password\":\"p\",\"code\":\"123456\"}",
                Bodies.SignInRequest.class);
        assertEquals("123456", full.code());
        assertNull(Json.read("{\"username\":\"a\",\"password\":\"p\"}", Bodies.SignInRequest.class).code());
        assertThrows(Exception.class, () -> Json.read("{\"user\":\"a\"}", Bodies.SignInRequest.class));
    }

    @Test
    void sessionViewFieldNames() {
        JsonNode json = Json.tree(new Bodies.SessionView("a", List.of("admin"), "c", true, false, 840, 43_000));
        assertEquals("{\"username\":\"a\",\"roles\":[\"admin\"],\"csrfToken\":\"c\",\"passwordChangeRequired\":true,"
                + "\"mfaEnrolmentRequired\":false,\"idleSecondsLeft\":840,\"absoluteSecondsLeft\":43000}",
                json.toString());
    }

    @Test
    void tokenRequestTakesAnIsoInstant() throws Exception {
        Bodies.TokenRequest request = Json.read("{\"name\":\"ci\",\"expiresAt\":\"2030-01-01T00:00:00Z\","
                + "\"permissions\":[\"audit:read\"]}", Bodies.TokenRequest.class);
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), request.expiresAt());
        JsonNode created = Json.tree(new Bodies.TokenCreated("i", "pt_x", "ci", request.expiresAt(),
                List.of("audit:read")));
        assertEquals("2030-01-01T00:00:00Z", created.get("expiresAt").asText());
        assertEquals("pt_x", created.get("token").asText());
    }

    @Test
    void userPatchFieldsAreOptional() throws Exception {
        UserAdmin.Change change = Json.read("{\"disabled\":true}", UserAdmin.Change.class);
        assertEquals(Boolean.TRUE, change.disabled());
        assertNull(change.roles());
        assertEquals(List.of("host"), Json.read("{\"roles\":[\"host\"]}", UserAdmin.Change.class).roles());
    }

    @Test
    void passwordChangeBodyUsesTheFieldNew() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, String> body = Json.read("{\"current\":\"a\",\"new\":\"b\"}", Map.class);
        assertEquals("b", body.get("new"));
    }
}

package org.parley.http.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonExceptionMapperTest {

    record Body(int count, String name) {
    }

    private final ObjectMapper mapper = new JsonMapper().getContext(Body.class);

    private Problem problemFor(String json) {
        return problemFor(json, Body.class);
    }

    private Problem problemFor(String json, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));
        return JsonExceptionMapper.problem(e);
    }

    @Test
    void anArrayWhereAnObjectBelongsIsTheWrongShape() {
        Problem problem = problemFor("[1, 2]");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("wrong shape"), problem.detail());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Problem problem = problemFor("{\n  \"count\": ,\n}");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("line 2, column"), problem.detail());
    }

    @Test
    void wrongTypeNamesTheField() {
        Problem problem = problemFor("{\"count\": \"many\"}");
        assertEquals(422, problem.status());
        assertEquals("count", problem.field());
    }

    @Test
    void unknownFieldNamesItAndTheKnownOnes() {
        Problem problem = problemFor("{\"count\": 1, \"cuont\": 1}");
        assertEquals(422, problem.status());
        assertEquals("cuont", problem.field());
        assertTrue(problem.detail().contains("count") && problem.detail().contains("name"), problem.detail());
    }

    @Test
    void deepNestingIsRefusedAsALimit() {
        Problem problem = problemFor("[".repeat(5000) + "]".repeat(5000), com.fasterxml.jackson.databind.JsonNode.class);
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("limit"), problem.detail());
    }
}

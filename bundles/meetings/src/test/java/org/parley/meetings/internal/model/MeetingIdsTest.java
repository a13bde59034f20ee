package org.parley.meetings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingIdsTest {

    private final MeetingIds ids = new MeetingIds();

    @Test
    void urlIdsCarry128RandomBitsAsBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = ids.urlId();
            assertTrue(MeetingIds.isUrlId(id), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id).length);
            assertTrue(seen.add(id));
        }
    }

    @Test
    void numericIdsHaveTenDigitsAndDoNotCountUp() {
        long previous = ids.numericId();
        int ascending = 0;
        for (int i = 0; i < 1000; i++) {
            long id = ids.numericId();
            assertTrue(Long.toString(id).matches("[1-9][0-9]{9}"), Long.toString(id));
            ascending += id == previous + 1 ? 1 : 0;
            previous = id;
        }
        assertEquals(0, ascending);
    }

    @Test
    void onlyTheShapeOfAUrlIdIsLookedUp() {
        assertFalse(MeetingIds.isUrlId(null));
        assertFalse(MeetingIds.isUrlId("1234567890"));
        assertFalse(MeetingIds.isUrlId("AAAAAAAAAAAAAAAAAAAA/A"));
        assertFalse(MeetingIds.isUrlId("AAAAAAAAAAAAAAAAAAAAAAA"));
    }
}

package org.parley.api.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebReplyTest {

    private static final WebFile PAGE = new WebFile("web/page.html", WebFiles.HTML, WebFiles.CACHE_PAGE);

    @TempDir
    Path folder;

    private Function<String, URL> bundleWith(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("page.html"), content);
        URL url = file.toUri().toURL();
        return path -> path.equals(PAGE.path()) ? url : null;
    }

    @Test
    void getSendsTheFileWithTypeCachingAndLength() throws IOException {
        WebReply reply = WebReply.send("GET", Optional.of(PAGE), bundleWith("<p>hi</p>"));
        assertEquals(200, reply.status());
        assertEquals(Map.of("Content-Type", WebFiles.HTML, "Cache-Control", "no-cache", "Content-Length", "9"),
                reply.headers());
        assertEquals("<p>hi</p>", new String(reply.body(), StandardCharsets.UTF_8));
    }

    @Test
    void headHasTheHeadersButNoBody() throws IOException {
        WebReply reply = WebReply.send("HEAD", Optional.of(PAGE), bundleWith("<p>hi</p>"));
        assertEquals("9", reply.headers().get("Content-Length"));
        assertEquals(0, reply.body().length);
    }

    @Test
    void contentMayBeFilledInForTheCaller() throws IOException {
        WebReply reply = WebReply.send("GET", Optional.of(PAGE), bundleWith("a@b"),
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace("@", "!!").getBytes(StandardCharsets.UTF_8));
        assertEquals("a!!b", new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals("4", reply.headers().get("Content-Length"));
    }

    @Test
    void unknownOrMissingFilesAre404AndOtherMethods405() throws IOException {
        assertEquals(404, WebReply.send("GET", Optional.empty(), bundleWith("x")).status());
        WebFile absent = new WebFile("web/absent.html", WebFiles.HTML, WebFiles.CACHE_PAGE);
        assertEquals(404, WebReply.send("GET", Optional.of(absent), bundleWith("x")).status());
        WebReply post = WebReply.send("POST", Optional.of(PAGE), bundleWith("x"));
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", post.headers().get("Allow"));
    }

    @Test
    void writesStatusHeadersAndBodyOnlyWhenThereIsOne() throws IOException {
        Map<String, String> headers = new HashMap<>();
        int[] status = new int[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebReply.send("GET", Optional.of(PAGE), bundleWith("body")).writeTo(s -> status[0] = s, headers::put,
                () -> out);
        assertEquals(200, status[0]);
        assertEquals("4", headers.get("Content-Length"));
        assertArrayEquals("body".getBytes(StandardCharsets.UTF_8), out.toByteArray());

        WebReply.seeOther("/sign-in?next=/").writeTo(s -> status[0] = s, headers::put, () -> {
            throw new AssertionError("a redirect has no body");
        });
        assertEquals(303, status[0]);
        assertEquals("/sign-in?next=/", headers.get("Location"));
        assertTrue(headers.get("Cache-Control").contains("no-store"));
    }
}

package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's {@code firefox-esr}, headless, driven over WebDriver BiDi by {@link Bidi} (no geckodriver: Debian has
 * none and nothing may be downloaded). Each instance has a folder of its own under {@code target/e2e}: the profile
 * (a {@code user.js} of {@link #PREFERENCES}: fake camera and microphone granted without a prompt, a mock sound
 * output, host candidates without mDNS names, no first-run pages, no updates, telemetry or other traffic of its
 * own), a HOME (so nothing of root's is read or written, which also keeps Firefox from hanging as root) and
 * {@code firefox.log} (its stderr). The session accepts the appliance's self-signed certificate. One top-level
 * browsing context, the one Firefox opens. Not thread-safe.
 */
final class Firefox implements AutoCloseable {

    static final String BINARY = "/usr/bin/firefox-esr";
    private static final Duration START = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://[\\w.:\\[\\]]+)");
    /** Profile preferences (user.js); the test adds its own (WebRTC off, say) with {@link #start(Map)}. */
    static final Map<String, Object> PREFERENCES = preferences();

    private final Path folder;
    private final Process process;
    private final Bidi bidi;
    private final String context;

    private Firefox(Path folder, Process process, Bidi bidi, String context) {
        this.folder = folder;
        this.process = process;
        this.bidi = bidi;
        this.context = context;
    }

    /** A fresh Firefox with the standard preferences. */
    static Firefox start() {
        return start(Map.of());
    }

    /** A fresh Firefox whose profile has these preferences besides (or instead of) the standard ones. */
    static Firefox start(Map<String, Object> extra) {
        Path folder = Path.of(System.getProperty("parley.work", "target/e2e")).resolve("firefox-" + UUID.randomUUID());
        Process process = launch(folder, extra);
        try {
            Bidi bidi = new Bidi(URI.create(awaitEndpoint(folder.resolve("firefox.log"), process) + "/session"));
            bidi.send("session.new", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                    "acceptInsecureCerts", true, "unhandledPromptBehavior", "dismiss"))));
            bidi.send("session.subscribe", Map.of("events", List.of("log.entryAdded")));
            String context = bidi.send("browsingContext.getTree", Map.of("maxDepth", 0))
                    .path("contexts").path(0).path("context").asText();
            return new Firefox(folder, process, bidi, context);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    /** Firefox's version as it reports it ("Mozilla Firefox 140.x esr"), for the test's report. */
    static String version() {
        try {
            Process probe = new ProcessBuilder(BINARY, "--version").redirectErrorStream(true).start();
            String text = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            probe.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process launch(Path folder, Map<String, Object> extra) {
        try {
            Path profile = Files.createDirectories(folder.resolve("profile"));
            Path home = Files.createDirectories(folder.resolve("home"));
            Map<String, Object> prefs = new LinkedHashMap<>(PREFERENCES);
            prefs.putAll(extra);
            Files.writeString(profile.resolve("user.js"), userJs(prefs));
            // --remote-debugging-port=0: a free port, printed on stderr; BiDi is the only remote protocol on.
            ProcessBuilder builder = new ProcessBuilder(BINARY, "--headless", "--no-remote", "--profile",
                    profile.toString(), "--remote-debugging-port=0", "--window-size=1280,900", "about:blank")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("firefox.log").toFile());
            builder.environment().put("HOME", home.toString());
            builder.environment().put("MOZ_HEADLESS", "1");
            builder.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
            // A release build honours services.settings.server only with this set (as geckodriver does); without
            // it Firefox looks up firefox.settings.services.mozilla.com at start (seen with strace).
            builder.environment().put("MOZ_REMOTE_SETTINGS_DEVTOOLS", "1");
            builder.environment().remove("DISPLAY");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + BINARY + " (tools/setup.sh test installs it)", e);
        }
    }

    /** Waits for the "WebDriver BiDi listening on ws://…" line Firefox writes to its stderr once it is ready. */
    private static String awaitEndpoint(Path log, Process process) {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            String text = read(log);
            Matcher listening = LISTENING.matcher(text);
            if (listening.find()) {
                return listening.group(1);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Firefox exited with " + process.exitValue() + ":\n" + text);
            }
            Appliance.pause(100);
        }
        throw new IllegalStateException("Firefox did not open WebDriver BiDi within " + START + ":\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String userJs(Map<String, Object> prefs) {
        StringBuilder js = new StringBuilder();
        prefs.forEach((name, value) -> js.append("user_pref(\"").append(name).append("\", ")
                .append(value instanceof String text ? "\"" + text + "\"" : value).append(");\n"));
        return js.toString();
    }

    private static Map<String, Object> preferences() {
        Map<String, Object> prefs = new LinkedHashMap<>();
        // A fake camera (moving colours) and microphone (a tone), and getUserMedia granted without a prompt.
        prefs.put("media.navigator.streams.fake", true);
        prefs.put("media.navigator.permission.disabled", true);
        prefs.put("media.autoplay.default", 0);
        // No sound device here: without cubeb's mock backend an AudioContext stays "suspended" and never renders
        // (the media test's AnalyserNode reads only silence); the mock runs the audio graph in real time.
        prefs.put("media.cubeb.force_mock_context", true);
        // Host candidates as addresses, not mDNS names: no multicast announcement ever leaves this machine, and the
        // ICE-lite SFU learns addresses from the checks anyway.
        prefs.put("media.peerconnection.ice.obfuscate_host_addresses", false);
        // No first-run, welcome or default-browser pages, no session restore.
        prefs.put("browser.shell.checkDefaultBrowser", false);
        prefs.put("browser.startup.page", 0);
        prefs.put("browser.startup.homepage_override.mstone", "ignore");
        prefs.put("startup.homepage_welcome_url", "about:blank");
        prefs.put("startup.homepage_welcome_url.additional", "");
        prefs.put("browser.aboutwelcome.enabled", false);
        prefs.put("browser.sessionstore.resume_from_crash", false);
        prefs.put("intl.accept_languages", "en-GB,en");
        // No traffic of Firefox's own: updates, telemetry, remote settings and experiments, safe browsing,
        // captive-portal and connectivity probes, prefetching.
        prefs.put("app.update.disabledForTesting", true);
        prefs.put("app.update.auto", false);
        prefs.put("extensions.update.enabled", false);
        prefs.put("media.gmp-manager.updateEnabled", false);
        prefs.put("datareporting.policy.dataSubmissionEnabled", false);
        prefs.put("datareporting.healthreport.uploadEnabled", false);
        prefs.put("toolkit.telemetry.enabled", false);
        prefs.put("toolkit.telemetry.reportingpolicy.firstRun", false);
        prefs.put("services.settings.server", "data:,#remote-settings-dummy/v1");
        prefs.put("messaging-system.rsexperimentloader.enabled", false);
        prefs.put("browser.safebrowsing.malware.enabled", false);
        prefs.put("browser.safebrowsing.phishing.enabled", false);
        prefs.put("browser.safebrowsing.downloads.enabled", false);
        prefs.put("browser.safebrowsing.blockedURIs.enabled", false);
        prefs.put("network.captive-portal-service.enabled", false);
        prefs.put("network.connectivity-service.enabled", false);
        prefs.put("network.dns.disablePrefetch", true);
        prefs.put("network.prefetch-next", false);
        return Map.copyOf(prefs);
    }

    /**
     * Calls a JavaScript function in the page ({@code script.callFunction}, awaiting a promise) and returns the BiDi
     * RemoteValue of its result; an exception in the page is an AssertionError naming it.
     */
    JsonNode call(String function, List<Map<String, Object>> arguments) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("functionDeclaration", function);
        params.put("arguments", arguments);
        params.put("target", Map.of("context", context));
        params.put("awaitPromise", true);
        params.put("resultOwnership", "none");
        JsonNode answer = bidi.send("script.callFunction", params);
        if (!"success".equals(answer.path("type").asText())) {
            throw new AssertionError("script failed in Firefox: " + answer.path("exceptionDetails").path("text")
                    .asText() + "\n" + function);
        }
        return answer.path("result");
    }

    /** Runs this function before any script of every document from now on ({@code script.addPreloadScript}). */
    void preload(String function) {
        bidi.send("script.addPreloadScript", Map.of("functionDeclaration", function));
    }

    /** Loads the URL and waits until the document has loaded. */
    void navigate(String url) {
        bidi.send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    /** Input as a person makes it ({@code input.performActions}): sources of pointer or key actions. */
    void perform(List<Map<String, Object>> sources) {
        bidi.send("input.performActions", Map.of("context", context, "actions", sources));
    }

    /** The viewport's size in CSS pixels, or {@code null} for the window's own. */
    void viewport(Integer width, Integer height) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("context", context);
        params.put("viewport", width == null ? null : Map.of("width", width, "height", height));
        bidi.send("browsingContext.setViewport", params);
    }

    /** A PNG of the viewport. */
    byte[] screenshot() {
        return Base64.getDecoder().decode(bidi.send("browsingContext.captureScreenshot", Map.of("context", context))
                .path("data").asText());
    }

    /** The latest console messages and uncaught errors of the pages, as "level: text (url)" lines. */
    List<String> console() {
        List<String> lines = new ArrayList<>();
        for (JsonNode event : bidi.events()) {
            if ("log.entryAdded".equals(event.path("method").asText())) {
                JsonNode entry = event.path("params");
                lines.add(entry.path("level").asText() + ": " + entry.path("text").asText() + " ("
                        + entry.path("stackTrace").path("callFrames").path(0).path("url").asText("?") + ")");
            }
        }
        return lines;
    }

    @Override
    public void close() {
        try {
            bidi.send("browser.close", Map.of());
        } catch (RuntimeException e) {
            // Firefox may close the connection before it answers; the process is ended below either way.
        }
        bidi.close();
        stop(process);
        deleteProfile();
    }

    /** The profile and HOME (about 40 MB) go; firefox.log stays for a look after a failure. */
    private void deleteProfile() {
        for (String part : List.of("profile", "home")) {
            try (Stream<Path> files = Files.walk(folder.resolve(part))) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                System.err.println("could not delete " + folder.resolve(part) + ": " + e);
            }
        }
    }

    /** Waits for Firefox to exit after browser.close, else ends it and its content processes. */
    private static void stop(Process process) {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Firefox in " + folder;
    }
}

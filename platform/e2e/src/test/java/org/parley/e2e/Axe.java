package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the page as it is now: the repository's own {@code node_modules/axe-core/axe.min.js} (a
 * devDependency of the web client, never a CDN) is injected through WebDriver, which the page's CSP does not
 * govern, and the serious and critical violations come back one line each.
 */
final class Axe {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A JavaScript function declaration that runs axe on the document and resolves to the serious and critical
     * violations as JSON (for {@link #lines}); shared with drivers other than WebDriver ({@link FirefoxPage}).
     */
    static final String AUDIT = """
            () => window.axe.run(document, { resultTypes: ['violations'] }).then((result) => JSON.stringify(
              result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => n.target.join(' ') + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
              })))).catch((e) => JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]))
            """;
    private static final String RUN = "const done = arguments[arguments.length - 1]; (" + AUDIT + ")().then(done);";

    private static String source;

    private Axe() {
    }

    /** The serious and critical violations, as "rule (impact): help — at selector | why" lines; empty is good. */
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return lines((String) page.executeAsyncScript(RUN));
    }

    /** {@link #AUDIT}'s JSON as "rule (impact): help — at selector | why" lines. */
    static List<String> lines(String json) {
        JsonNode violations = parse(json);
        List<String> lines = new ArrayList<>();
        for (JsonNode violation : violations) {
            for (JsonNode node : violation.path("nodes")) {
                lines.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + " — at " + node.asText());
            }
            if (violation.path("nodes").isEmpty()) {
                lines.add(violation.path("id").asText() + ": " + violation.path("help").asText());
            }
        }
        return lines;
    }

    /** The text of the repository's axe.min.js, read once. */
    static synchronized String source() {
        if (source == null) {
            Path repository = Path.of(System.getProperty("parley.tools", "../../tools")).getParent();
            try {
                source = Files.readString(repository.resolve("node_modules/axe-core/axe.min.js"));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: run npm ci at the repository root", e);
            }
        }
        return source;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parley.store.internal.pool;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Derby's own log (by default a {@code derby.log} file in the working directory, which is not writable in an
 * installed appliance) to SLF4J, line by line, under the logger {@code org.apache.derby}.
 */
public final class DerbyLog extends OutputStream {

    /** Derby reads this system property once, when its engine boots. */
    static final String ERROR_METHOD_PROPERTY = "derby.stream.error.method";

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.derby");

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private DerbyLog() {
    }

    /** Called by Derby through {@value #ERROR_METHOD_PROPERTY}. */
    public static OutputStream stream() {
        return new DerbyLog();
    }

    static void install() {
        if (System.getProperty(ERROR_METHOD_PROPERTY) == null) {
            System.setProperty(ERROR_METHOD_PROPERTY, DerbyLog.class.getName() + ".stream");
        }
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        flushLine();
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8).strip();
        line.reset();
        if (!text.isEmpty()) {
            LOG.info("{}", text);
        }
    }
}

package org.parley.e2e;

import java.util.regex.Pattern;

/**
 * {@code /metrics} as Prometheus scrapes it (text format 0.0.4: one sample per line, {@code name{labels} value},
 * comments after {@code #}), read from loopback, where the appliance serves it.
 */
final class Metrics {

    private Metrics() {
    }

    /** The sum of every sample whose name and labels ({@code name{a="b"}}) match, 0 when none does. */
    static double sum(Appliance parley, Pattern sample) {
        Reply reply = parley.api().get("/metrics");
        if (reply.status() != 200) {
            throw new AssertionError("/metrics answered " + reply);
        }
        double total = 0;
        for (String line : reply.body().split("\n")) {
            int space = line.lastIndexOf(' ');
            if (!line.startsWith("#") && space > 0 && sample.matcher(line.substring(0, space)).matches()) {
                total += Double.parseDouble(line.substring(space + 1));
            }
        }
        return total;
    }
}

package org.parley.media.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.forwarding.TrafficTotals;

class MediaStatsResourceTest {

    @Test
    void answersTheServicesReport() {
        MediaStatistics.Report report = new MediaStatistics.Report(List.of(),
                new TrafficTotals(1, 2, 3, 4, Map.of(), 0, 0));
        MediaStatsResource resource = new MediaStatsResource(new MediaStatistics() {
            @Override
            public Report report() {
                return report;
            }

            @Override
            public TrafficTotals totals() {
                return report.totals();
            }

            @Override
            public String unavailable() {
                return null;
            }
        });

        assertEquals(report, resource.stats());
    }
}

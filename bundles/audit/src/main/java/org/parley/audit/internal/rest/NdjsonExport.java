package org.parley.audit.internal.rest;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditService;
import org.parley.audit.internal.stream.JsonLines;

/** Writes the matching records, one JSON line each, page by page so an export of any size fits in memory. */
final class NdjsonExport implements StreamingOutput {

    private final AuditService audit;
    private final AuditQuery first;
    private final long maximum;
    private final int page;

    /**
     * @param first the filter, with {@code afterSequence} set
     * @param maximum stop after this many records
     * @param page records fetched per query
     */
    NdjsonExport(AuditService audit, AuditQuery first, long maximum, int page) {
        this.audit = audit;
        this.first = first;
        this.maximum = maximum;
        this.page = page;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        long written = 0;
        long after = first.afterSequence();
        while (written < maximum) {
            int size = (int) Math.min(page, maximum - written);
            List<AuditRecord> records = find(new AuditQuery(first.actor(), first.action(), first.target(),
                    first.from(), first.to(), after, size));
            for (AuditRecord record : records) {
                out.write((JsonLines.record(record) + "\n").getBytes(StandardCharsets.UTF_8));
                after = record.sequence();
            }
            written += records.size();
            if (records.size() < size) {
                break;
            }
        }
        out.flush();
    }

    private List<AuditRecord> find(AuditQuery query) throws IOException {
        try {
            return audit.find(query);
        } catch (AuditException e) {
            throw new IOException("The audit export stopped: " + e.getMessage(), e);
        }
    }
}

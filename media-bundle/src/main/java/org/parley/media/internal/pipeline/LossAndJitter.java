package org.parley.media.internal.pipeline;

import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.ReportBlock;

/**
 * Observes the participant's media streams (not RTX) for loss and jitter, one {@link StreamReception} per stream
 * index of the transport's {@link StreamTable}, and takes their sender reports ({@link #onSenderReport}, called by
 * {@link RtcpParseNode}) for LSR/DLSR. The {@link ReceptionStats} the SFU's receiver reports about those streams
 * are made of, and the leg's loss and audio jitter in its statistics. Passes every packet.
 *
 * <p>Not thread-safe: the conference's thread; the per-stream objects are made once, so nothing is allocated.
 */
public final class LossAndJitter extends Node implements ReceptionStats {
    private static final double NO_JITTER = 0;

    private final StreamTable streams;
    private final StreamReception[] receptions = new StreamReception[StreamTable.MAX_STREAMS];

    public LossAndJitter(StreamTable streams) {
        super("loss-and-jitter");
        this.streams = streams;
        for (int i = 0; i < receptions.length; i++) {
            receptions[i] = new StreamReception();
        }
    }

    @Override
    protected boolean process(PacketContext context) {
        int stream = context.stream;
        if (context.rtcp || stream < 0 || streams.isRtx(stream)) {
            return true;
        }
        follow(stream).onPacket(context.sequenceNumber, context.timestamp, context.arrivalNanos);
        return true;
    }

    /** The reception of {@code stream}, restarted when the stream table gave the index another SSRC. */
    private StreamReception follow(int stream) {
        StreamReception reception = receptions[stream];
        int ssrc = streams.ssrc(stream);
        if (!reception.follows(ssrc)) {
            reception.restart(ssrc, streams.clockRate(stream));
        }
        return reception;
    }

    /** Records a sender report from {@code ssrc} (RFC 3550 §6.4.1) when it is one of the signalled media streams. */
    public void onSenderReport(int ssrc, long compactNtp, long arrivalNanos) {
        int stream = streams.lookup(ssrc);
        if (stream != StreamTable.NOT_FOUND && !streams.isRtx(stream)) {
            follow(stream).onSenderReport(compactNtp, arrivalNanos);
        }
    }

    /** The reception of a signalled media stream that has received packets, else null. */
    public StreamReception reception(int stream) {
        StreamReception reception = receptions[stream];
        boolean current = streams.active(stream) && !streams.isRtx(stream) && reception.follows(streams.ssrc(stream));
        return current && reception.started() ? reception : null;
    }

    /**
     * Fills {@code blocks} with a report block for each media stream that has received packets (starting each
     * stream's next loss interval).
     *
     * @return the number of blocks filled (at most {@code blocks.length})
     */
    @Override
    public int fillReportBlocks(ReportBlock[] blocks, long nowNanos) {
        int count = 0;
        for (int stream = 0; stream < receptions.length && count < blocks.length; stream++) {
            StreamReception reception = reception(stream);
            if (reception != null) {
                reception.fillReportBlock(blocks[count++], nowNanos);
            }
        }
        return count;
    }

    /** Packets lost over the current media streams (duplicates do not make it negative). */
    public long packetsLost() {
        long lost = 0;
        for (int stream = 0; stream < receptions.length; stream++) {
            StreamReception reception = reception(stream);
            if (reception != null) {
                lost += Math.max(0, reception.lost());
            }
        }
        return lost;
    }

    /** The interarrival jitter of the participant's audio in milliseconds; 0 without audio. */
    public double audioJitterMillis() {
        for (int stream = 0; stream < receptions.length; stream++) {
            StreamReception reception = reception(stream);
            if (reception != null && streams.track(stream) == Track.AUDIO) {
                return reception.jitterMillis();
            }
        }
        return NO_JITTER;
    }
}

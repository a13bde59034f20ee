package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view of a source description packet (RFC 3550 §6.5) that walks its chunks and their items. Each
 * chunk's items end with one or more null octets up to the next 32-bit boundary; a chunk or item that would run
 * past the packet ends the walk ({@link #truncated()} then tells), so hostile lengths are skipped safely and
 * nothing outside the packet is read. Allocates nothing; not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    SC   |  PT=SDES=202  |             length            | header
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                          SSRC/CSRC_1                          | chunk 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    type=1     |    length     | user and domain name        ...  items
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ... | type=0 (end) + null octets to the 32-bit boundary         |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * </pre>
 */
public final class SourceDescription extends RtcpView {

    public static final int CNAME = 1;
    static final int END = 0;
    static final int CHUNK_SSRC_LENGTH = 4;
    static final int ITEM_HEADER_LENGTH = 2;

    private int chunksLeft;
    private int chunkStart;
    private int chunkSsrcOffset;
    private int itemCursor;
    private boolean inItems;
    private boolean truncated;
    private int itemType;
    private int itemOffset;
    private int itemLength;

    /** Points the view at one packet of a compound and checks its type; then call {@link #nextChunk()}. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        RtcpRefusal reason = begin(array, offset, length, RtcpHeader.SDES, -1, RtcpHeader.HEADER_LENGTH);
        chunksLeft = reason == RtcpRefusal.NONE ? count() : 0;
        chunkStart = offset + RtcpHeader.HEADER_LENGTH;
        inItems = false;
        truncated = false;
        return reason;
    }

    /** Moves to the next chunk (skipping the rest of the current one); false at the end or when truncated. */
    public boolean nextChunk() {
        if (inItems) {
            while (nextItem()) {
                // skip the unread items to reach the chunk's end
            }
        }
        if (chunksLeft <= 0 || truncated) {
            return false;
        }
        if (chunkStart + CHUNK_SSRC_LENGTH > offset + length) {
            truncated = true;
            return false;
        }
        chunksLeft--;
        chunkSsrcOffset = chunkStart;
        itemCursor = chunkStart + CHUNK_SSRC_LENGTH;
        inItems = true;
        return true;
    }

    /** The SSRC or CSRC the current chunk describes. */
    public int chunkSsrc() {
        return BigEndian.int32(array, chunkSsrcOffset);
    }

    /** Moves to the next item of the current chunk; false at its end (or when it runs past the packet). */
    public boolean nextItem() {
        if (!inItems) {
            return false;
        }
        int end = offset + length;
        if (itemCursor >= end) {
            return endOfChunk(true, end);
        }
        int type = array[itemCursor] & 0xFF;
        if (type == END) {
            int afterNull = itemCursor + 1 - offset;
            return endOfChunk(false, offset + (afterNull + RtcpHeader.WORD - 1) / RtcpHeader.WORD * RtcpHeader.WORD);
        }
        if (itemCursor + ITEM_HEADER_LENGTH > end
                || itemCursor + ITEM_HEADER_LENGTH + (array[itemCursor + 1] & 0xFF) > end) {
            return endOfChunk(true, end);
        }
        itemType = type;
        itemLength = array[itemCursor + 1] & 0xFF;
        itemOffset = itemCursor + ITEM_HEADER_LENGTH;
        itemCursor = itemOffset + itemLength;
        return true;
    }

    private boolean endOfChunk(boolean runsPastPacket, int nextChunkStart) {
        inItems = false;
        truncated |= runsPastPacket;
        chunkStart = nextChunkStart;
        return false;
    }

    /** Whether a chunk or item ran past the packet (the walk stopped there). */
    public boolean truncated() {
        return truncated;
    }

    /** The current item's type (e.g. {@link #CNAME}). */
    public int itemType() {
        return itemType;
    }

    /** Absolute index of the current item's text. */
    public int itemOffset() {
        return itemOffset;
    }

    /** Bytes of the current item's text (UTF-8). */
    public int itemLength() {
        return itemLength;
    }
}

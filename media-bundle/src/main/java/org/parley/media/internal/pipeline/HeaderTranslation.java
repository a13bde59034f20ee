package org.parley.media.internal.pipeline;

import java.util.Arrays;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.sdp.HeaderExtension;
import org.parley.media.internal.sdp.RtpSetup;

/**
 * What changes in the header of one sender's packets on their way to one receiver: the payload type of each codec
 * and the local id of each header extension are the ones the SENDER negotiated (RFC 8285 §5: ids are local to a
 * session), so a Firefox sender and a Chrome receiver may disagree. A payload type without a mapping is not
 * forwarded (the receiver could not decode it); an extension without a mapping is blanked, so the receiver never
 * reads a sender's element under its own meaning of that id. The MID element (RFC 8843 §15) is never mapped: it
 * names the sender's m-line, and a receiver that routes by MID would put the packet on the wrong track.
 *
 * <pre>
 * Blanking an element (RFC 8285 §4.2, §4.3): its ID/length byte(s) and data become 0 bytes, which the receiver
 * skips as padding one byte at a time; the packet keeps its length, nothing moves.
 *   before  | ID=3 L=1 | seq hi | seq lo | ID=1 L=0 | level |
 *   after   |    0     |   0    |   0    | ID=1 L=0 | level |
 * </pre>
 *
 * <p>Built when a source is bound to a receiver's stream (not on the packet path); {@link #apply} allocates
 * nothing. Not thread-safe; a translation is read under its conference's lock.
 */
public final class HeaderTranslation {
    /** Payload types are 7 bits (RFC 3550 §5.1). */
    static final int PAYLOAD_TYPES = 128;
    /** Extension ids are 1–14 in the one-byte form and 1–255 in the two-byte form (RFC 8285 §4.2, §4.3). */
    static final int EXTENSION_IDS = 256;
    static final int MAX_ONE_BYTE_ID = 14;
    private static final int UNMAPPED = -1;
    private static final int BLANK = 0;
    private static final int ONE_BYTE_ELEMENT_HEADER = 1;
    private static final int TWO_BYTE_ELEMENT_HEADER = 2;
    private static final int LENGTH_NIBBLE = 0x0F;
    private static final int ID_SHIFT = 4;
    private static final int PAYLOAD_TYPE_BYTE = 1;
    private static final int MARKER_BIT = 0x80;

    private final int[] payloadTypes = new int[PAYLOAD_TYPES];
    private final int[] extensionIds = new int[EXTENSION_IDS];

    /** A translation that forwards no payload type and blanks every extension, until mappings are added. */
    public HeaderTranslation() {
        Arrays.fill(payloadTypes, UNMAPPED);
    }

    /**
     * The translation from what {@code sender} negotiated on its m-line to what {@code receiver}'s m-line for the
     * same kind says: the codec's and RTX's payload types, and every extension both know by URI except MID.
     */
    public static HeaderTranslation between(RtpSetup sender, RtpSetup receiver) {
        HeaderTranslation translation = new HeaderTranslation();
        translation.payloadType(sender.codec().payloadType(), receiver.codec().payloadType());
        if (sender.rtx() != null && receiver.rtx() != null) {
            translation.payloadType(sender.rtx().payloadType(), receiver.rtx().payloadType());
        }
        for (HeaderExtension theirs : sender.extensions()) {
            for (HeaderExtension ours : receiver.extensions()) {
                if (theirs.uri().equals(ours.uri()) && !HeaderExtension.MID.equals(ours.uri())) {
                    translation.extension(theirs.id(), ours.id());
                }
            }
        }
        return translation;
    }

    /** Forwards payload type {@code from} as {@code to}. */
    public HeaderTranslation payloadType(int from, int to) {
        checkRange(from, PAYLOAD_TYPES, "payload type");
        checkRange(to, PAYLOAD_TYPES, "payload type");
        payloadTypes[from] = to;
        return this;
    }

    /** Forwards extension element {@code from} as {@code to} (both 1–255). */
    public HeaderTranslation extension(int from, int to) {
        checkRange(from, EXTENSION_IDS, "extension id");
        checkRange(to, EXTENSION_IDS, "extension id");
        if (from == BLANK || to == BLANK) {
            throw new IllegalArgumentException("extension id 0 is padding (RFC 8285 §4.2)");
        }
        extensionIds[from] = to;
        return this;
    }

    /** The payload type {@code from} is forwarded as, or -1 when it is not forwarded. */
    public int payloadTypeFor(int from) {
        return payloadTypes[from];
    }

    /**
     * Rewrites the payload type and the extension ids of {@code header} in place.
     *
     * @param elements a scratch iterator, re-pointed by this call
     * @return false, with nothing changed, when the payload type is not forwarded to this receiver
     */
    public boolean apply(RtpHeader header, HeaderExtensions elements) {
        int to = payloadTypes[header.payloadType()];
        if (to == UNMAPPED) {
            return false;
        }
        byte[] array = header.array();
        int at = header.offset() + PAYLOAD_TYPE_BYTE;
        array[at] = (byte) (array[at] & MARKER_BIT | to);
        if (header.hasExtension()) {
            elements.reset(header);
            while (elements.next()) {
                rewriteElement(array, elements);
            }
        }
        return true;
    }

    private void rewriteElement(byte[] array, HeaderExtensions elements) {
        int to = extensionIds[elements.id()];
        if (to == elements.id()) {
            return;
        }
        boolean twoByte = elements.twoByte();
        int start = elements.dataOffset() - (twoByte ? TWO_BYTE_ELEMENT_HEADER : ONE_BYTE_ELEMENT_HEADER);
        if (to == BLANK || !twoByte && to > MAX_ONE_BYTE_ID) {
            Arrays.fill(array, start, elements.dataOffset() + elements.dataLength(), (byte) 0);
        } else if (twoByte) {
            array[start] = (byte) to;
        } else {
            array[start] = (byte) (to << ID_SHIFT | array[start] & LENGTH_NIBBLE);
        }
    }

    private static void checkRange(int value, int limit, String what) {
        if (value < 0 || value >= limit) {
            throw new IllegalArgumentException(what + " must be 0.." + (limit - 1) + ": " + value);
        }
    }
}

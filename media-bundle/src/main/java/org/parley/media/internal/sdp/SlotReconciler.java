package org.parley.media.internal.sdp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a browser's subsequent offer against the session's m-lines (JSEP RFC 8829 §5.2.2): every existing
 * m-line keeps its place and mid, except a free one (rejected in both descriptions) that the browser may
 * recycle with a new mid; new m-lines only come at the end.
 */
final class SlotReconciler {

    private SlotReconciler() {
    }

    /** The tracks the SFU sends on the offer's m-lines, by mid; refused when the offer reorders m-lines. */
    static Map<String, RemoteTrack> sending(List<MediaSlot> slots, SessionDescription offer) throws SdpRefusal {
        List<MediaDescription> media = offer.media();
        if (media.size() < slots.size()) {
            throw new SdpRefusal(media.get(media.size() - 1).line(), "the offer has " + media.size()
                    + " m-lines, the session has " + slots.size() + "; m-lines are never removed (JSEP §5.2.2)");
        }
        Map<String, RemoteTrack> sending = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            MediaSlot slot = slots.get(i);
            MediaDescription m = media.get(i);
            if (!m.mid().equals(slot.plan().mid())) {
                if (slot.state() != MediaSlot.State.FREE) {
                    throw new SdpRefusal(m.line(), "m-line " + i + " has mid " + m.mid() + ", the session's has "
                            + slot.plan().mid() + " (JSEP §5.2.2 keeps m-line order)");
                }
            } else if (slot.state() == MediaSlot.State.ACTIVE && slot.plan().track() != null) {
                sending.put(m.mid(), slot.plan().track());
            }
        }
        return sending;
    }

    /** The index of a free m-line that may be recycled for {@code kind}, or -1. */
    static int freeSlot(List<MediaSlot> slots, MediaKind kind) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).state() == MediaSlot.State.FREE && slots.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}

package org.parley.media.internal.rtcp;

/**
 * Why an RTCP packet or view refused its bytes. The offending sizes are on the view or iterator
 * ({@code refusedNeed()}, {@code refusedHave()}), so refusing allocates nothing.
 */
public enum RtcpRefusal {
    /** Not refused. */
    NONE,
    /** Fewer bytes than the fixed part of the packet (4-byte header, or the type's fixed fields). */
    TOO_SHORT,
    /** Version field is not 2. */
    BAD_VERSION,
    /** The length field (32-bit words minus one) runs past the compound packet. */
    LENGTH_PAST_END,
    /** The P bit is set on a packet that is not the last of its compound packet (RFC 3550 §6.4.1). */
    PADDING_NOT_LAST,
    /** The padding count is zero or larger than the packet's body. */
    BAD_PADDING,
    /** The packet type (or feedback message type) is not the one this view reads. */
    WRONG_TYPE,
    /** The report count, source count or entry count asks for more bytes than the packet holds. */
    COUNT_PAST_END,
    /** A BYE reason or SDES item runs past the packet. */
    ITEM_PAST_END,
    /** The REMB unique identifier is not "REMB". */
    BAD_IDENTIFIER,
    /** Transport-cc feedback: the packet chunks run past the packet. */
    CHUNKS_PAST_END,
    /** Transport-cc feedback: the receive deltas run past the packet. */
    DELTAS_PAST_END,
    /** Transport-cc feedback: a two-bit status symbol has the reserved value 11. */
    RESERVED_STATUS,
    /** Transport-cc feedback: more received packets than the result object can hold. */
    TOO_MANY_PACKETS
}

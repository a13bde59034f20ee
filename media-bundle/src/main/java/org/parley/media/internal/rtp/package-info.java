/**
 * RTP wire format (RFC 3550 §5.1) for the SFU's packet path: a reusable header view, header extensions in the
 * one-byte and two-byte forms (RFC 8285), in-place rewriters for stream switching and transport-wide sequence
 * numbers, the audio level (RFC 6464) reader, and 16-bit sequence-number arithmetic (RFC 3550 Appendix A.1).
 * Everything here works on a packet view (array, offset, length), allocates nothing per packet and refuses
 * hostile input with a named {@link org.parley.media.internal.rtp.RtpRefusal}. Views are not thread-safe: one
 * per packet-processing thread.
 */
package org.parley.media.internal.rtp;

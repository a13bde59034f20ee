/**
 * RTCP wire format for the SFU's packet path: compound-packet iteration (RFC 3550 §6.1), views of SR, RR, SDES
 * and BYE (§6.4–6.6), feedback messages (RFC 4585 generic NACK and PLI, RFC 5104 FIR, transport-wide congestion
 * control feedback, REMB), and writers for what the SFU sends (RR, NACK, PLI, FIR, transport-cc feedback). Views
 * are reusable flyweights over a packet view (array, offset, length); they allocate nothing and refuse hostile
 * input with a named {@link org.parley.media.internal.rtcp.RtcpRefusal}; one view per packet thread. Writers
 * write into a given buffer at an offset and return the length.
 */
package org.parley.media.internal.rtcp;

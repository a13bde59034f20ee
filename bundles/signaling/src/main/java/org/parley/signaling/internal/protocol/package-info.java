/**
 * Signaling protocol v1 on the wire: the strict decoder of client messages (one JSON object per text frame, typed
 * and versioned, every field checked), the table of client message types it validates against, and the encoder
 * of server messages. No I/O and no state: the connection package drives it.
 */
package org.parley.signaling.internal.protocol;

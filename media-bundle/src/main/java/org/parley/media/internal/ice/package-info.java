/**
 * STUN (RFC 8489) as ICE uses it, and the ICE-lite responder (RFC 8445 §2.5, §7.3) that answers the browsers'
 * connectivity and consent-freshness checks (RFC 7675) on the shared media port. Parsing is a flyweight
 * ({@link org.parley.media.internal.ice.StunReader}) re-pointed at each datagram; writing goes into a given buffer
 * ({@link org.parley.media.internal.ice.StunWriter}); neither allocates. Imports only the transport layer. A reader,
 * writer or responder belongs to one receive thread. The {@link org.parley.media.internal.ice.EndpointDirectory}
 * (endpoints by local ufrag and by bound 5-tuple, and their expiry) is the one thread-safe class: lock-free,
 * allocation-free lookups from every I/O thread, changes from any thread.
 */
package org.parley.media.internal.ice;

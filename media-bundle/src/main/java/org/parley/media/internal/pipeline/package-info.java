/**
 * The packet path of one participant transport, as small nodes with one job each and their own counters
 * (STYLE.md rule 11): receive (decrypt, parse, observe, filter) and send (rewrite, stamp, buffer, encrypt).
 * Nodes see a {@link org.parley.media.internal.pipeline.PacketContext}, a mutable view reused for every packet,
 * and either pass it on or drop it with a counted reason. Pipelines are assembled in one builder method each.
 * May import every protocol package; never imports forwarding.
 */
package org.parley.media.internal.pipeline;

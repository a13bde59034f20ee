/**
 * The SFU's conferences: one {@link org.parley.media.internal.forwarding.Conference} per meeting with its own lock,
 * the {@link org.parley.media.internal.forwarding.Leg}s (one per participant, the
 * {@link org.parley.media.api.MediaLeg} implementation over {@link org.parley.media.internal.sdp.Negotiation}),
 * and the {@link org.parley.media.internal.forwarding.Router} that copies a sender's packet to every other leg
 * that receives its track and runs that leg's send pipeline.
 *
 * <p>Threading: everything a conference holds is guarded by its one {@code ReentrantLock}, never a lock shared
 * across meetings. Listener calls are queued per leg ({@link org.parley.media.internal.forwarding.LegEvents}) and
 * made on an executor thread that holds no media lock. The packet path allocates nothing.
 *
 * <p>Each leg's packet side is a {@link org.parley.media.internal.forwarding.LegMedia}: the wired one
 * ({@link org.parley.media.internal.forwarding.LegPipelines}) holds the receive and send pipelines, the DTLS
 * association ({@link org.parley.media.internal.forwarding.LegDtls}) and the SRTP keys. The I/O side (package
 * {@code io}) binds a leg's {@link org.parley.media.internal.forwarding.LegTransport} when ICE nominates, finds legs
 * through the {@link org.parley.media.internal.forwarding.LegDirectory} and runs their pipelines. May import every
 * protocol package and pipeline; only {@code io} and {@code service} import it.
 */
package org.parley.media.internal.forwarding;

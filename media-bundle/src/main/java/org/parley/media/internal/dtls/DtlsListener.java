package org.parley.media.internal.dtls;

/**
 * What a {@link DtlsAssociation} reports to its endpoint. Calls come on the executor thread that runs the
 * association, one at a time and in this order: {@code established} then at most one {@code closed}, or one
 * {@code failed}. None is made while this package holds a lock; an implementation that touches media state takes
 * its conference's lock itself. Once the owner has called {@link DtlsAssociation#close()} no new call begins
 * (a call already begun may still be running).
 */
public interface DtlsListener {
    /** The handshake finished: make the SRTP sessions from these keys, then {@link SrtpKeyMaterial#wipe()} them. */
    void established(SrtpKeyMaterial keys);

    /** The handshake failed; the association is finished and keeps no keys. */
    void failed(DtlsFailure reason);

    /** The peer ended an established association (close_notify or a fatal alert); SRTP should stop. */
    void closed();
}

package org.parley.media.internal.ice;

/**
 * Finds the endpoint whose local ICE username fragment is the first part of a Binding request's USERNAME
 * ({@code local:remote}, RFC 8445 §7.3). Implemented by whoever owns the endpoints of the shared port (a later
 * increment); tests use a fake.
 *
 * <p>Called on the receive thread for every Binding request, with the ufrag bytes still inside the datagram: it
 * must not allocate, block or take a lock shared across meetings. A removed endpoint must no longer be found, so
 * that its checks stop being answered at once (issue 7, item 2).
 */
@FunctionalInterface
public interface CredentialLookup {
    /** The endpoint whose local ufrag equals {@code array[offset, offset + length)}, or {@code null}. */
    IceEndpoint find(byte[] array, int offset, int length);
}

package org.parley.media.internal.ice;

import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link CredentialLookup} an {@link IceLiteResponder} uses on top of an {@link EndpointDirectory}. It also
 * remembers the entry of its last lookup, so that after an {@code ANSWERED} check the I/O thread can bind the
 * 5-tuple and mark the entry alive without a second lookup:
 * <pre>{@code
 * int n = responder.respond(packet, now, out, 0);
 * if (responder.lastOutcome() == CheckOutcome.ANSWERED) {
 *     DirectoryEntry<T> entry = credentials.lastFound();
 *     directory.bind(reply, packet.source(), entry);
 *     entry.alive(now);
 *     reply.confirm();
 * }
 * }</pre>
 * Not thread-safe: one per responder, i.e. per I/O thread. Allocates nothing.
 */
public final class DirectoryCredentials<T> implements CredentialLookup {
    private final EndpointDirectory<T> directory;
    private final Function<? super T, IceEndpoint> iceOf;
    private DirectoryEntry<T> lastFound;

    DirectoryCredentials(EndpointDirectory<T> directory, Function<? super T, IceEndpoint> iceOf) {
        this.directory = directory;
        this.iceOf = Objects.requireNonNull(iceOf, "iceOf");
    }

    @Override
    public IceEndpoint find(byte[] array, int offset, int length) {
        lastFound = directory.findByUfrag(array, offset, length);
        return lastFound == null ? null : iceOf.apply(lastFound.endpoint());
    }

    /** The entry the last {@link #find} returned the endpoint of, or null. */
    public DirectoryEntry<T> lastFound() {
        return lastFound;
    }
}

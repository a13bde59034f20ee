package org.parley.media.internal.ice;

import java.net.SocketAddress;
import java.util.Objects;
import org.parley.media.internal.transport.Packet;

/**
 * The ICE-lite agent's only active part (RFC 8445 §2.5): it answers the browser's Binding requests — connectivity
 * checks (§7.3) and consent-freshness checks (RFC 7675 §5.1), which are the same message. For each request it
 * <ol>
 * <li>refuses what is not a well-formed STUN Binding request, and discards a wrong FINGERPRINT (RFC 8489 §7.3);
 * <li>wants USERNAME and MESSAGE-INTEGRITY (else 400), finds the endpoint by USERNAME's first part through
 *     {@link CredentialLookup} (unknown: dropped), wants {@code local:remote} (else 401);
 * <li>checks MESSAGE-INTEGRITY with the local password, in constant time (else 401, RFC 8489 §9.1.3);
 * <li>answers 420 for an unknown comprehension-required attribute, 487 for a peer claiming ICE-CONTROLLED;
 * <li>otherwise records the valid check on the endpoint and writes a success response: XOR-MAPPED-ADDRESS of the
 *     source, MESSAGE-INTEGRITY with the same password, FINGERPRINT.
 * </ol>
 * Every outcome has a counter ({@link #count(CheckOutcome)}). Owned by one receive thread; allocates nothing once
 * the source address object stays the same (the HMAC key blocks are cached per endpoint, the digest reused).
 */
public final class IceLiteResponder {
    private static final int TYPE_BYTES = 2;

    private final CredentialLookup lookup;
    private final StunReader request = new StunReader();
    private final StunIntegrity integrity = new StunIntegrity();
    private final StunWriter writer = new StunWriter(integrity);
    private final XorMappedAddress mapped = new XorMappedAddress();
    private final byte[] unknownType = new byte[TYPE_BYTES];
    private final long[] counts = new long[CheckOutcome.values().length];
    private IceEndpoint endpoint;
    private CheckOutcome lastOutcome;

    public IceLiteResponder(CredentialLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** {@link #respond(byte[], int, int, SocketAddress, long, byte[], int)} for a received packet. */
    public int respond(Packet packet, long nowMillis, byte[] out, int outOffset) {
        return respond(packet.array(), packet.offset(), packet.length(), packet.source(), nowMillis, out, outOffset);
    }

    /**
     * Handles one datagram classified as STUN.
     *
     * @param out       where the response goes, {@link StunWriter#MAX_RESPONSE_BYTES} from {@code outOffset};
     *                  must not overlap the request
     * @param nowMillis the caller's clock, recorded as the endpoint's last valid check
     * @return the response's length to send back to {@code source}, or 0 to send nothing
     */
    public int respond(byte[] array, int offset, int length, SocketAddress source, long nowMillis,
                       byte[] out, int outOffset) {
        Objects.checkFromIndexSize(outOffset, StunWriter.MAX_RESPONSE_BYTES, out.length);
        endpoint = null;
        CheckOutcome outcome = check(array, offset, length);
        if (outcome == CheckOutcome.ANSWERED && !mapped.from(source)) {
            outcome = CheckOutcome.UNSUPPORTED_SOURCE;
        }
        counts[outcome.ordinal()]++;
        lastOutcome = outcome;
        if (outcome == CheckOutcome.ANSWERED) {
            endpoint.recordValidCheck(nowMillis, source, request.useCandidate() != StunReader.ABSENT);
        }
        return outcome.answers() ? write(outcome, out, outOffset) : 0;
    }

    private CheckOutcome check(byte[] array, int offset, int length) {
        if (request.wrap(array, offset, length) != StunRefusal.NONE) {
            return CheckOutcome.MALFORMED;
        }
        if (request.type() != StunMessage.BINDING_REQUEST) {
            return CheckOutcome.NOT_A_BINDING_REQUEST;
        }
        if (request.fingerprint() != StunReader.ABSENT && !integrity.fingerprintMatches(request)) {
            return CheckOutcome.BAD_FINGERPRINT;
        }
        if (request.username() == StunReader.ABSENT || request.integrity() == StunReader.ABSENT) {
            return CheckOutcome.MISSING_CREDENTIALS;
        }
        CheckOutcome credentials = checkUsername(array);
        if (credentials != null) {
            return credentials;
        }
        if (!integrity.integrityMatches(request, endpoint.key())) {
            return CheckOutcome.BAD_INTEGRITY;
        }
        if (request.unknownRequiredType() != StunReader.ABSENT) {
            StunMessage.putShort(unknownType, 0, request.unknownRequiredType());
            return CheckOutcome.UNKNOWN_ATTRIBUTE;
        }
        boolean claimsControlled = request.controlled() != StunReader.ABSENT
                && request.controlling() == StunReader.ABSENT;
        return claimsControlled ? CheckOutcome.ROLE_CONFLICT : CheckOutcome.ANSWERED;
    }

    /** Splits USERNAME at its first colon and finds the endpoint; null when both parts are acceptable. */
    private CheckOutcome checkUsername(byte[] array) {
        int valueAt = request.username() + StunAttribute.HEADER_BYTES;
        int valueEnd = valueAt + request.valueLength(request.username());
        int colon = valueAt;
        while (colon < valueEnd && array[colon] != ':') {
            colon++;
        }
        endpoint = lookup.find(array, valueAt, colon - valueAt);
        if (endpoint == null) {
            return CheckOutcome.UNKNOWN_UFRAG;
        }
        boolean remoteOk = colon < valueEnd && endpoint.acceptsRemoteUfrag(array, colon + 1, valueEnd - colon - 1);
        return remoteOk ? null : CheckOutcome.BAD_USERNAME;
    }

    private int write(CheckOutcome outcome, byte[] out, int outOffset) {
        boolean success = outcome == CheckOutcome.ANSWERED;
        int type = success ? StunMessage.BINDING_SUCCESS_RESPONSE : StunMessage.BINDING_ERROR_RESPONSE;
        writer.begin(out, outOffset, type, request.array(), request.transactionIdOffset());
        if (success) {
            writer.xorMappedAddress(mapped);
        } else {
            writer.errorCode(outcome.errorCode(), outcome.reason());
        }
        if (outcome == CheckOutcome.UNKNOWN_ATTRIBUTE) {
            writer.attribute(StunAttribute.UNKNOWN_ATTRIBUTES, unknownType, 0, TYPE_BYTES);
        }
        if (outcome.authenticated()) {
            writer.messageIntegrity(endpoint.key());
        }
        return writer.fingerprint().length();
    }

    /** How many datagrams ended with {@code outcome}. */
    public long count(CheckOutcome outcome) {
        return counts[outcome.ordinal()];
    }

    /** The outcome of the last {@code respond} call (for tests and the pipeline's drop counters). */
    public CheckOutcome lastOutcome() {
        return lastOutcome;
    }
}

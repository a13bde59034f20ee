package org.parley.media.internal.ice;

import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ICE-lite side of one endpoint (one participant's bundled transport): its local credentials from our SDP,
 * the remote ufrag from the browser's SDP once known, and the consent state the responder keeps up to date. The
 * password is held only as an {@link IntegrityKey} — the per-endpoint MAC key cache — and never printed.
 *
 * <p>Consent freshness (RFC 7675 §5.1) is the same authenticated Binding check as connectivity: every answered
 * check sets {@link #lastValidCheckMillis()} from the caller's clock value; the expiry that compares it with the
 * 30 s limit comes with the Clock in a later increment. Written by the receive thread only; the time is volatile
 * so another thread may read it.
 */
public final class IceEndpoint {
    /** {@link #lastValidCheckMillis()} before the first valid check. */
    public static final long NEVER = Long.MIN_VALUE;
    /** RFC 8839 §5.4: ice-ufrag is 4 to 256 ice-chars, ice-pwd 22 to 256. */
    static final int UFRAG_MIN = 4;
    static final int PASSWORD_MIN = 22;
    static final int CREDENTIAL_MAX = 256;

    private final byte[] localUfrag;
    private final byte[] remoteUfrag;
    private final IntegrityKey key;
    private volatile long lastValidCheckMillis = NEVER;
    private SocketAddress lastCheckSource;
    private SocketAddress nominatedSource;

    /**
     * @param remoteUfrag the browser's ufrag from its SDP, or {@code null} while unknown (then any remote part of
     *                    USERNAME is accepted)
     * @throws IllegalArgumentException when a credential breaks RFC 8839's grammar
     */
    public IceEndpoint(String localUfrag, String localPassword, String remoteUfrag) {
        this.localUfrag = iceChars("local ufrag", localUfrag, UFRAG_MIN);
        this.remoteUfrag = remoteUfrag == null ? null : iceChars("remote ufrag", remoteUfrag, UFRAG_MIN);
        Arrays.fill(iceChars("local password", localPassword, PASSWORD_MIN), (byte) 0);
        this.key = new IntegrityKey(localPassword);
    }

    private static byte[] iceChars(String what, String value, int min) {
        boolean valid = value.length() >= min && value.length() <= CREDENTIAL_MAX
                && value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/'));
        if (!valid) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + CREDENTIAL_MAX
                    + " ice-chars (RFC 8839 §5.4), length was " + value.length());
        }
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** True when {@code array[offset, offset + length)} is this endpoint's local ufrag. */
    public boolean isLocalUfrag(byte[] array, int offset, int length) {
        return Arrays.equals(localUfrag, 0, localUfrag.length, array, offset, offset + length);
    }

    boolean acceptsRemoteUfrag(byte[] array, int offset, int length) {
        return remoteUfrag == null ? length > 0
                : Arrays.equals(remoteUfrag, 0, remoteUfrag.length, array, offset, offset + length);
    }

    IntegrityKey key() {
        return key;
    }

    void recordValidCheck(long nowMillis, SocketAddress source, boolean useCandidate) {
        lastCheckSource = source;
        if (useCandidate) {
            nominatedSource = source;
        }
        lastValidCheckMillis = nowMillis;
    }

    /** Time of the last authenticated Binding request answered, or {@link #NEVER}. */
    public long lastValidCheckMillis() {
        return lastValidCheckMillis;
    }

    /** Source of the last answered check (the pair consent was last granted on). */
    public SocketAddress lastCheckSource() {
        return lastCheckSource;
    }

    /** Source of the last answered check with USE-CANDIDATE: the pair the browser nominated (RFC 8445 §7.3.1.5). */
    public SocketAddress nominatedSource() {
        return nominatedSource;
    }

    @Override
    public String toString() {
        return "IceEndpoint[ufrag=" + new String(localUfrag, StandardCharsets.US_ASCII) + "]";
    }
}

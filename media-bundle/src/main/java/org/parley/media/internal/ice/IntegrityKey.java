package org.parley.media.internal.ice;

import java.nio.charset.StandardCharsets;
import org.parley.media.internal.transport.HmacKey;

/**
 * The HMAC-SHA1 key of STUN's short-term credential mechanism (RFC 8489 §9.1.1: key = OpaqueString(password)),
 * kept as the padded key blocks of {@link HmacKey}. ICE passwords are ice-chars only (RFC 8839 §5.4: ALPHA / DIGIT /
 * "+" / "/"), for which OpaqueString is the identity, so the key is the password's ASCII bytes. Made once per
 * endpoint; immutable; never printed.
 */
public final class IntegrityKey extends HmacKey {

    /** The key for an ICE password (its bytes are copied; the password is not kept). */
    public IntegrityKey(String password) {
        this(password.getBytes(StandardCharsets.UTF_8));
    }

    /** A key from raw bytes, e.g. the MD5 key of the long-term mechanism (RFC 8489 §9.2.2); the array is wiped. */
    IntegrityKey(byte[] key) {
        super(key);
    }
}

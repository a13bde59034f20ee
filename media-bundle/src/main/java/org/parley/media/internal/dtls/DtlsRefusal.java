package org.parley.media.internal.dtls;

import org.bouncycastle.tls.TlsFatalAlert;

/**
 * Thrown from our BouncyCastle callbacks to refuse a handshake: BC sends the fatal alert to the peer and rethrows
 * this same exception out of {@code accept}/{@code connect}, where the association reads the reason.
 */
final class DtlsRefusal extends TlsFatalAlert {
    private static final long serialVersionUID = 1L;

    private final transient DtlsFailure failure;

    DtlsRefusal(DtlsFailure failure, short alertDescription) {
        super(alertDescription, failure.name());
        this.failure = failure;
    }

    DtlsFailure failure() {
        return failure;
    }
}

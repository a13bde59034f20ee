package org.parley.auth.internal.saml;

/**
 * Why a SAML message was refused. {@code code} is short and fixed (it goes to {@code /sign-in?error=}); {@code reason}
 * names the attack or validation failure (java-saml's error) for the audit record only, never for the browser.
 */
public final class SamlRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REASON = 500;

    private final String code;
    private final String idpId;

    public SamlRefusal(String code, String reason, String idpId) {
        super(reason == null ? code : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
        this.code = code;
        this.idpId = idpId;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }

    /** The IdP concerned, or null when it could not be told. */
    public String idpId() {
        return idpId;
    }
}

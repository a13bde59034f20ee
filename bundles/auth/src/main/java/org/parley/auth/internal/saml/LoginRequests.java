package org.parley.auth.internal.saml;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.AuthnRequestParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.crypto.Secrets;

/**
 * Starts SP-initiated sign-in ({@code GET /saml/login?idp=&next=}): an AuthnRequest by HTTP-Redirect, signed when
 * configured, whose ID, IdP and next path are kept on the server under a fresh random RelayState.
 */
public final class LoginRequests {

    private final IdpStore idps;
    private final PendingRequests pending;
    private final Supplier<SpIdentity> sp;
    private final Supplier<SamlSettings.Options> options;
    private final Clock clock;

    public LoginRequests(IdpStore idps, PendingRequests pending, Supplier<SpIdentity> sp,
            Supplier<SamlSettings.Options> options, Clock clock) {
        this.idps = idps;
        this.pending = pending;
        this.sp = sp;
        this.options = options;
        this.clock = clock;
    }

    /** The IdP URL to send the browser to; 404 for an unknown or disabled IdP. */
    public String start(String idpId, String next) {
        IdentityProvider idp = idps.byId(idpId == null ? "" : idpId).filter(IdentityProvider::enabled)
                .orElseThrow(() -> new ProblemException(404, "Unknown identity provider",
                        "There is no enabled identity provider '" + idpId + "'."));
        IdpMetadata metadata = idp.metadata();
        SamlSettings.Options current = options.get();
        SpIdentity identity = sp.get();
        AuthnRequest request = new AuthnRequest(JavaSamlSettings.forResponses(idp, metadata, identity, current),
                new AuthnRequestParams(false, false, true));
        String relayState = Secrets.base64Url(32);
        pending.save(new PendingRequests.Pending(relayState, request.getId(), idp.id(), NextPath.of(next),
                clock.millis()));
        try {
            return RedirectBinding.url(metadata.ssoUrl(), "SAMLRequest", request.getEncodedAuthnRequest(), relayState,
                    current.signAuthnRequests() ? identity.signing().key() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

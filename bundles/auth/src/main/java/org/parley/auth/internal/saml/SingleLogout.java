package org.parley.auth.internal.saml;

import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.logout.LogoutRequest;
import com.onelogin.saml2.logout.LogoutRequestParams;
import com.onelogin.saml2.logout.LogoutResponse;
import com.onelogin.saml2.logout.LogoutResponseParams;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.api.ClientAddress;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.session.SessionRecord;

/**
 * Single logout over HTTP-Redirect, both ways. SP-initiated: the LogoutRequest URL for a SAML session that is ending.
 * IdP-initiated: a signed LogoutRequest ends the Parley sessions of that NameID (and SessionIndex, when given) and is
 * answered with a LogoutResponse; the IdP's LogoutResponse to our own request is checked and ends at the sign-in page.
 */
public final class SingleLogout {

    private final IdpStore idps;
    private final SamlSessions links;
    private final Supplier<SpIdentity> sp;
    private final Supplier<SamlSettings.Options> options;

    public SingleLogout(IdpStore idps, SamlSessions links, Supplier<SpIdentity> sp,
            Supplier<SamlSettings.Options> options) {
        this.idps = idps;
        this.links = links;
        this.sp = sp;
        this.options = options;
    }

    /** Where the browser goes after this session ends: the IdP's logout, if the session came from one with SLO. */
    public Optional<String> after(SessionRecord session, Account account) {
        if (!account.isSingleSignOn()) {
            return Optional.empty();
        }
        Optional<SamlSessions.Link> link = links.ofSession(session.id());
        link.ifPresent(l -> links.delete(l.sessionId()));
        return link.flatMap(l -> idps.byId(l.idpId())).filter(IdentityProvider::enabled).flatMap(idp -> {
            IdpMetadata metadata = idp.metadata();
            if (metadata.sloUrl().isEmpty()) {
                return Optional.empty();
            }
            SamlSessions.Link l = link.get();
            LogoutRequest request = new LogoutRequest(settings(idp, metadata),
                    new LogoutRequestParams(l.sessionIndex().isEmpty() ? null : l.sessionIndex(), l.nameId(),
                            l.nameIdFormat()));
            return Optional.of(redirect(metadata.sloUrl(), "SAMLRequest", encoded(request::getEncodedLogoutRequest),
                    null));
        });
    }

    /**
     * Handles {@code /saml/slo} with {@code SAMLRequest} (IdP-initiated: returns the LogoutResponse URL) or
     * {@code SAMLResponse} (answer to ours: returns the sign-in page). Refusals are {@link SamlRefusal}s.
     */
    public String receive(HttpRequest request, AuthServices services, ClientAddress client) {
        boolean isRequest = request.getParameter("SAMLRequest") != null;
        String message = request.getParameter(isRequest ? "SAMLRequest" : "SAMLResponse");
        if (message == null) {
            throw new SamlRefusal("slo-empty", "neither SAMLRequest nor SAMLResponse", null);
        }
        String xml = Util.base64decodedInflated(message);
        IdentityProvider idp = byIssuer(xml);
        IdpMetadata metadata = idp.metadata();
        Saml2Settings settings = settings(idp, metadata);
        if (!isRequest) {
            LogoutResponse response = new LogoutResponse(settings, request);
            if (!response.isValid()) {
                throw new SamlRefusal("slo-invalid", response.getError(), idp.id());
            }
            return "/sign-in";
        }
        LogoutRequest logout = new LogoutRequest(settings, request);
        if (!logout.isValid()) {
            throw new SamlRefusal("slo-invalid", logout.getError(), idp.id());
        }
        endSessions(idp, xml, services, client);
        LogoutResponse answer = new LogoutResponse(settings,
                new LogoutResponseParams(logout.getId(), Constants.STATUS_SUCCESS));
        String target = settings.getIdpSingleLogoutServiceResponseUrl() != null
                ? settings.getIdpSingleLogoutServiceResponseUrl().toString() : metadata.sloUrl();
        return redirect(target, "SAMLResponse", encoded(answer::getEncodedLogoutResponse),
                request.getParameter("RelayState"));
    }

    private void endSessions(IdentityProvider idp, String xml, AuthServices services, ClientAddress client) {
        String nameId;
        List<String> indexes;
        try {
            nameId = LogoutRequest.getNameId(xml, sp.get().encryption().key());
            indexes = LogoutRequest.getSessionIndexes(xml);
        } catch (Exception e) {
            throw new SamlRefusal("slo-invalid", "no NameID in the LogoutRequest: " + e.getMessage(), idp.id());
        }
        for (SamlSessions.Link link : links.ofNameId(idp.id(), nameId)) {
            if (!indexes.isEmpty() && !indexes.contains(link.sessionIndex())) {
                continue;
            }
            links.delete(link.sessionId());
            services.sessions.delete(link.sessionId());
            String username = services.accounts.byExternalId(idp.realm(), nameId).map(Account::username)
                    .orElse(nameId);
            services.audit.success(username, client, "auth.sign-out", username, Map.of("session", link.sessionId(),
                    "reason", "single logout from IdP " + idp.id()));
        }
    }

    private IdentityProvider byIssuer(String xml) {
        String issuer;
        try {
            issuer = LogoutRequest.getIssuer(xml);
        } catch (Exception e) {
            issuer = null;
        }
        String entityId = issuer == null ? "" : issuer.strip();
        return idps.all().stream().filter(IdentityProvider::enabled).filter(idp -> entityId(idp).equals(entityId))
                .findFirst().orElseThrow(() -> new SamlRefusal("unknown-idp",
                        "no enabled IdP has entityID '" + entityId + "'", null));
    }

    private static String entityId(IdentityProvider idp) {
        try {
            return idp.metadata().entityId();
        } catch (ProblemException e) {
            return "";
        }
    }

    private Saml2Settings settings(IdentityProvider idp, IdpMetadata metadata) {
        return JavaSamlSettings.forLogout(idp, metadata, sp.get(), options.get());
    }

    private String redirect(String endpoint, String parameter, String encoded, String relayState) {
        return RedirectBinding.url(endpoint, parameter, encoded, relayState,
                options.get().signAuthnRequests() ? sp.get().signing().key() : null);
    }

    private interface Encoder {
        String encode() throws IOException;
    }

    private static String encoded(Encoder encoder) {
        try {
            return encoder.encode();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode the logout message", e);
        }
    }
}

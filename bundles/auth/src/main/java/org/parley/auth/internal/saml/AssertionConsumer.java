package org.parley.auth.internal.saml;

import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.util.Util;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.joda.time.Instant;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.core.ExternalIdentity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The assertion consumer's decisions ({@code POST /saml/acs}): which request a response answers (by the RelayState
 * kept on the server, never by what the response claims), its validation by java-saml (signatures and wrapping,
 * issuer, audience, destination, recipient, timing, schema), one use per assertion ID, and the mapping to an
 * identity. Every refusal is a {@link SamlRefusal} naming the reason. Thread-safe; state lives in the database.
 */
public final class AssertionConsumer {

    /** A response that passed every check. */
    public record Accepted(IdentityProvider idp, ExternalIdentity identity, String next, String nameId,
            String nameIdFormat, String sessionIndex) {
    }

    private static final String DEFAULT_NEXT = "/account";

    private static final String XMLSIG = "http://www.w3.org/2000/09/xmldsig#";

    private final IdpStore idps;
    private final PendingRequests pending;
    private final ReplayCache replay;
    private final Supplier<SpIdentity> sp;
    private final Supplier<SamlSettings.Options> options;
    private final Clock clock;

    public AssertionConsumer(IdpStore idps, PendingRequests pending, ReplayCache replay, Supplier<SpIdentity> sp,
            Supplier<SamlSettings.Options> options, Clock clock) {
        this.idps = idps;
        this.pending = pending;
        this.replay = replay;
        this.sp = sp;
        this.options = options;
        this.clock = clock;
    }

    public Accepted consume(String samlResponse, String relayState) {
        if (samlResponse == null || samlResponse.isBlank()) {
            throw new SamlRefusal("no-response", "the request carries no SAMLResponse", null);
        }
        long now = clock.millis();
        Optional<PendingRequests.Pending> request = pending.take(relayState, now);
        Element root = peek(samlResponse);
        String inResponseTo = root.getAttribute("InResponseTo");
        IdentityProvider idp = request.map(r -> enabled(r.idpId())).orElseGet(() -> unsolicited(root, inResponseTo));
        if (request.isPresent() && !request.get().requestId().equals(inResponseTo)) {
            throw new SamlRefusal("wrong-request", "InResponseTo '" + inResponseTo + "' is not the request "
                    + request.get().requestId() + " of this RelayState", idp.id());
        }
        if (commentInIdentity(root)) {
            // Exclusive c14n drops comments, so the signature holds while a reader of the first text node sees a
            // cut name (CVE-2017-11427 family). java-saml reads the whole text, but no IdP writes comments there.
            throw new SamlRefusal("comment-injection", "an XML comment inside a NameID or AttributeValue", idp.id());
        }
        if (!idp.allowSha1() && usesSha1(root)) {
            // java-saml refuses it too, but only as "Signature validation failed": say why in the audit record.
            throw new SamlRefusal("sha1", "a SHA-1 signature or digest, and this IdP is not allowed SHA-1", idp.id());
        }
        SamlSettings.Options current = options.get();
        IdpMetadata metadata = metadata(idp);
        SamlResponse response = validated(idp, metadata, current, samlResponse,
                request.map(PendingRequests.Pending::requestId).orElse(null));
        try {
            String assertionId = response.getAssertionId();
            long expiresAt = response.getAssertionNotOnOrAfter().stream().mapToLong(Instant::getMillis).max()
                    .orElse(now + PendingRequests.LIFETIME.toMillis());
            if (!replay.firstUse(idp.id(), assertionId, expiresAt, now)) {
                throw new SamlRefusal("replay", "assertion " + assertionId + " was already used", idp.id());
            }
            Map<String, String> nameId = response.getNameIdData();
            Map<String, List<String>> attributes = response.getAttributes();
            ExternalIdentity identity = AttributeMapping.identity(idp, nameId.get("Value"), attributes);
            String sessionIndex = response.getSessionIndex();
            return new Accepted(idp, identity, request.map(PendingRequests.Pending::next).orElse(DEFAULT_NEXT),
                    nameId.get("Value"), nameId.getOrDefault("Format", SamlNames.UNSPECIFIED),
                    sessionIndex == null ? "" : sessionIndex);
        } catch (SamlRefusal e) {
            throw e;
        } catch (Exception e) {
            throw new SamlRefusal("invalid", "reading the validated response failed: " + e.getMessage(), idp.id());
        }
    }

    private SamlResponse validated(IdentityProvider idp, IdpMetadata metadata, SamlSettings.Options options,
            String samlResponse, String requestId) {
        SamlResponse response;
        try {
            response = new SamlResponse(JavaSamlSettings.forResponses(idp, metadata, sp.get(), options),
                    new HttpRequest(options.acsUrl()).addParameter("SAMLResponse", samlResponse));
        } catch (Exception e) {
            throw new SamlRefusal("invalid", "the response cannot be read: " + e.getMessage(), idp.id());
        }
        if (!response.isValid(requestId)) {
            throw new SamlRefusal("invalid", response.getError(), idp.id());
        }
        return response;
    }

    /** The root element, parsed with java-saml's hardened loader, only to route the response; nothing is trusted. */
    private static Element peek(String samlResponse) {
        Document document;
        try {
            document = Util.loadXML(new String(Util.base64decoder(samlResponse), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            document = null;
        }
        if (document == null) {
            throw new SamlRefusal("malformed", "the response is not well-formed XML, or has a DOCTYPE or entity",
                    null);
        }
        return document.getDocumentElement();
    }

    private IdentityProvider enabled(String idpId) {
        return idps.byId(idpId).filter(IdentityProvider::enabled)
                .orElseThrow(() -> new SamlRefusal("idp-disabled", "IdP " + idpId + " is gone or disabled", idpId));
    }

    private IdentityProvider unsolicited(Element root, String inResponseTo) {
        if (!inResponseTo.isEmpty()) {
            throw new SamlRefusal("unknown-request", "InResponseTo '" + inResponseTo + "' answers no pending request "
                    + "of this RelayState (unknown, used, or older than 10 minutes)", null);
        }
        if (!options.get().allowIdpInitiated()) {
            throw new SamlRefusal("unsolicited", "an IdP-initiated response, and allowIdpInitiated is off", null);
        }
        Element issuer = firstChild(root, "Issuer");
        String entityId = issuer == null ? "" : issuer.getTextContent().strip();
        return idps.all().stream().filter(IdentityProvider::enabled)
                .filter(idp -> metadataEntityId(idp).equals(entityId)).findFirst()
                .orElseThrow(() -> new SamlRefusal("unknown-idp", "no enabled IdP has entityID '" + entityId + "'",
                        null));
    }

    private static IdpMetadata metadata(IdentityProvider idp) {
        try {
            return idp.metadata();
        } catch (ProblemException e) {
            throw new SamlRefusal("idp-metadata", "the stored metadata of IdP " + idp.id() + " is unusable",
                    idp.id());
        }
    }

    private static String metadataEntityId(IdentityProvider idp) {
        try {
            return idp.metadata().entityId();
        } catch (ProblemException e) {
            return "";
        }
    }

    /** Whether any signature of the (not yet decrypted) response uses SHA-1 for the signature or a digest. */
    private static boolean usesSha1(Element root) {
        for (String localName : List.of("SignatureMethod", "DigestMethod")) {
            var elements = root.getElementsByTagNameNS(XMLSIG, localName);
            for (int i = 0; i < elements.getLength(); i++) {
                String algorithm = ((Element) elements.item(i)).getAttribute("Algorithm");
                if (algorithm.endsWith("#sha1") || algorithm.endsWith("#rsa-sha1") || algorithm.endsWith("#dsa-sha1")
                        || algorithm.endsWith("#ecdsa-sha1")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a comment sits inside a NameID or AttributeValue of the (not yet decrypted) response. */
    private static boolean commentInIdentity(Element root) {
        for (String localName : List.of("NameID", "AttributeValue")) {
            var elements = root.getElementsByTagNameNS("*", localName);
            for (int i = 0; i < elements.getLength(); i++) {
                for (var node = elements.item(i).getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node.getNodeType() == org.w3c.dom.Node.COMMENT_NODE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Element firstChild(Element parent, String localName) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}

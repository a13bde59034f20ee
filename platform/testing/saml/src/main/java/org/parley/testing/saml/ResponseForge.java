package org.parley.testing.saml;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds one SAML 2.0 {@code Response} with one bearer {@code Assertion}, shaped like SimpleSAMLphp's: every field an
 * SP checks can be set, then the assertion and/or the response is signed, the assertion optionally encrypted for the
 * SP, and finally {@link Tamper}s rewrite the signed result. Nothing is signed unless asked. Not thread-safe; one
 * forge per message.
 *
 * <pre>{@code
 * String samlResponse = new ResponseForge(clock.now())
 *     .issuer(IDP).audience(SP_ENTITY_ID).destination(ACS).recipient(ACS).inResponseTo(requestId)
 *     .nameId("alice").attribute("groups", "meeting-admins")
 *     .signAssertion(idp, SignatureAlgorithm.RSA_SHA256)
 *     .tamper(Tampers.extraUnsignedAssertion("admin"))
 *     .base64();
 * }</pre>
 */
public final class ResponseForge {

    private final Instant issued;
    private String issuer = "https://idp.example.org/metadata";
    private String audience = "https://localhost:8443/saml/metadata";
    private String destination = "https://localhost:8443/saml/acs";
    private String recipient = "https://localhost:8443/saml/acs";
    private String inResponseTo;
    private String nameId = "alice";
    private String responseId = "_r" + UUID.randomUUID().toString().replace("-", "");
    private String assertionId = "_a" + UUID.randomUUID().toString().replace("-", "");
    private String sessionIndex = "_s" + UUID.randomUUID().toString().replace("-", "");
    private Instant notBefore;
    private Instant notOnOrAfter;
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();
    private Credential assertionSigner;
    private SignatureAlgorithm assertionAlgorithm;
    private Credential responseSigner;
    private SignatureAlgorithm responseAlgorithm;
    private X509Certificate encryptFor;
    private final List<Tamper> tampers = new ArrayList<>();

    /** A response issued at that instant, valid from one minute before it to five minutes after it. */
    public ResponseForge(Instant issued) {
        this.issued = issued.truncatedTo(ChronoUnit.SECONDS);
        this.notBefore = this.issued.minus(Duration.ofMinutes(1));
        this.notOnOrAfter = this.issued.plus(Duration.ofMinutes(5));
    }

    public ResponseForge issuer(String value) {
        issuer = value;
        return this;
    }

    public ResponseForge audience(String value) {
        audience = value;
        return this;
    }

    /** {@code Response/@Destination}; null leaves it out. */
    public ResponseForge destination(String value) {
        destination = value;
        return this;
    }

    /** {@code SubjectConfirmationData/@Recipient}. */
    public ResponseForge recipient(String value) {
        recipient = value;
        return this;
    }

    /** On the Response and the SubjectConfirmationData; null (the default) for an IdP-initiated response. */
    public ResponseForge inResponseTo(String value) {
        inResponseTo = value;
        return this;
    }

    public ResponseForge nameId(String value) {
        nameId = value;
        return this;
    }

    public ResponseForge responseId(String value) {
        responseId = value;
        return this;
    }

    public ResponseForge assertionId(String value) {
        assertionId = value;
        return this;
    }

    public ResponseForge sessionIndex(String value) {
        sessionIndex = value;
        return this;
    }

    /** {@code Conditions/@NotBefore}. */
    public ResponseForge notBefore(Instant value) {
        notBefore = value;
        return this;
    }

    /** {@code Conditions/@NotOnOrAfter} and {@code SubjectConfirmationData/@NotOnOrAfter}. */
    public ResponseForge notOnOrAfter(Instant value) {
        notOnOrAfter = value;
        return this;
    }

    /** One attribute (basic name format) with its values, in order. */
    public ResponseForge attribute(String name, String... values) {
        attributes.put(name, List.of(values));
        return this;
    }

    public ResponseForge signAssertion(Credential signer, SignatureAlgorithm algorithm) {
        assertionSigner = signer;
        assertionAlgorithm = algorithm;
        return this;
    }

    public ResponseForge signResponse(Credential signer, SignatureAlgorithm algorithm) {
        responseSigner = signer;
        responseAlgorithm = algorithm;
        return this;
    }

    /** Encrypts the (possibly signed) assertion for this certificate, before the response is signed. */
    public ResponseForge encryptFor(X509Certificate spEncryptionCertificate) {
        encryptFor = spEncryptionCertificate;
        return this;
    }

    /** A rewrite applied after all signing, in the order added. */
    public ResponseForge tamper(Tamper tamper) {
        tampers.add(tamper);
        return this;
    }

    /** The finished document: built, signed, encrypted, tampered with. */
    public Document document() {
        Document document = Xml.newDocument();
        Element response = ResponseBuilder.response(document, this);
        Element assertion = Xml.child(response, Saml.ASSERTION, "Assertion");
        if (assertionSigner != null) {
            XmlSigner.sign(assertion, assertionSigner, assertionAlgorithm);
        }
        if (encryptFor != null) {
            AssertionEncrypter.encrypt(assertion, encryptFor);
        }
        if (responseSigner != null) {
            XmlSigner.sign(response, responseSigner, responseAlgorithm);
        }
        for (Tamper tamper : tampers) {
            tamper.apply(document);
        }
        return document;
    }

    /** The response as XML text. */
    public String xml() {
        return Xml.text(document());
    }

    /** The {@code SAMLResponse} form field of the HTTP-POST binding. */
    public String base64() {
        return Xml.base64(xml());
    }

    Instant issued() {
        return issued;
    }

    String issuer() {
        return issuer;
    }

    String audience() {
        return audience;
    }

    String destination() {
        return destination;
    }

    String recipient() {
        return recipient;
    }

    String inResponseTo() {
        return inResponseTo;
    }

    String nameId() {
        return nameId;
    }

    String responseId() {
        return responseId;
    }

    String assertionId() {
        return assertionId;
    }

    String sessionIndex() {
        return sessionIndex;
    }

    Instant notBefore() {
        return notBefore;
    }

    Instant notOnOrAfter() {
        return notOnOrAfter;
    }

    Map<String, List<String>> attributes() {
        return attributes;
    }
}

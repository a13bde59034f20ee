package org.parley.testing.saml;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes the unsigned Response/Assertion DOM from a {@link ResponseForge}'s fields, in schema order. */
final class ResponseBuilder {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private ResponseBuilder() {
    }

    static Element response(Document document, ResponseForge spec) {
        Element response = document.createElementNS(Saml.PROTOCOL, "samlp:Response");
        // Declared as attributes, not only by the element names: a DOM built in memory canonicalises from its xmlns
        // attributes, and the receiver sees the declarations the serialiser adds, so both must be the same.
        response.setAttributeNS(XMLNS, "xmlns:samlp", Saml.PROTOCOL);
        response.setAttributeNS(XMLNS, "xmlns:saml", Saml.ASSERTION);
        document.appendChild(response);
        response.setAttribute("ID", spec.responseId());
        response.setAttribute("Version", "2.0");
        response.setAttribute("IssueInstant", spec.issued().toString());
        optional(response, "Destination", spec.destination());
        optional(response, "InResponseTo", spec.inResponseTo());
        response.appendChild(text(document, "Issuer", spec.issuer()));
        Element status = document.createElementNS(Saml.PROTOCOL, "samlp:Status");
        Element code = document.createElementNS(Saml.PROTOCOL, "samlp:StatusCode");
        code.setAttribute("Value", Saml.SUCCESS);
        status.appendChild(code);
        response.appendChild(status);
        response.appendChild(assertion(document, spec));
        return response;
    }

    private static Element assertion(Document document, ResponseForge spec) {
        Element assertion = element(document, "Assertion");
        assertion.setAttribute("ID", spec.assertionId());
        assertion.setAttribute("Version", "2.0");
        assertion.setAttribute("IssueInstant", spec.issued().toString());
        assertion.appendChild(text(document, "Issuer", spec.issuer()));
        assertion.appendChild(subject(document, spec));
        Element conditions = element(document, "Conditions");
        conditions.setAttribute("NotBefore", spec.notBefore().toString());
        conditions.setAttribute("NotOnOrAfter", spec.notOnOrAfter().toString());
        Element restriction = element(document, "AudienceRestriction");
        restriction.appendChild(text(document, "Audience", spec.audience()));
        conditions.appendChild(restriction);
        assertion.appendChild(conditions);
        Element authn = element(document, "AuthnStatement");
        authn.setAttribute("AuthnInstant", spec.issued().toString());
        authn.setAttribute("SessionIndex", spec.sessionIndex());
        Element context = element(document, "AuthnContext");
        context.appendChild(text(document, "AuthnContextClassRef", Saml.PASSWORD_CONTEXT));
        authn.appendChild(context);
        assertion.appendChild(authn);
        if (!spec.attributes().isEmpty()) {
            assertion.appendChild(attributes(document, spec.attributes()));
        }
        return assertion;
    }

    private static Element subject(Document document, ResponseForge spec) {
        Element subject = element(document, "Subject");
        Element nameId = text(document, "NameID", spec.nameId());
        nameId.setAttribute("Format", Saml.UNSPECIFIED);
        subject.appendChild(nameId);
        Element confirmation = element(document, "SubjectConfirmation");
        confirmation.setAttribute("Method", Saml.BEARER);
        Element data = element(document, "SubjectConfirmationData");
        data.setAttribute("NotOnOrAfter", spec.notOnOrAfter().toString());
        optional(data, "Recipient", spec.recipient());
        optional(data, "InResponseTo", spec.inResponseTo());
        confirmation.appendChild(data);
        subject.appendChild(confirmation);
        return subject;
    }

    private static Element attributes(Document document, Map<String, List<String>> attributes) {
        Element statement = element(document, "AttributeStatement");
        attributes.forEach((name, values) -> {
            Element attribute = element(document, "Attribute");
            attribute.setAttribute("Name", name);
            attribute.setAttribute("NameFormat", Saml.BASIC);
            values.forEach(v -> attribute.appendChild(text(document, "AttributeValue", v)));
            statement.appendChild(attribute);
        });
        return statement;
    }

    private static Element element(Document document, String localName) {
        return document.createElementNS(Saml.ASSERTION, "saml:" + localName);
    }

    private static Element text(Document document, String localName, String value) {
        Element element = element(document, localName);
        element.setTextContent(value);
        return element;
    }

    private static void optional(Element element, String attribute, Object value) {
        if (value != null) {
            element.setAttribute(attribute, value instanceof Instant i ? i.toString() : value.toString());
        }
    }
}

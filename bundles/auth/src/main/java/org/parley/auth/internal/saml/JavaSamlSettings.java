package org.parley.auth.internal.saml;

import static com.onelogin.saml2.settings.SettingsBuilder.*;

import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * java-saml settings for one IdP, strict. Incoming responses: the assertion must be signed (the response may be as
 * well; any signature present is checked), schema-validated, SHA-1 refused unless the IdP allows it, an
 * InResponseTo without a request refused. Incoming logout messages: signed. The SP key given to java-saml is the
 * encryption key (it decrypts assertions); outgoing messages are signed by {@link RedirectBinding} with the signing key.
 */
final class JavaSamlSettings {

    private JavaSamlSettings() {
    }

    /** For responses at the assertion consumer. */
    static Saml2Settings forResponses(IdentityProvider idp, IdpMetadata metadata, SpIdentity sp,
            SamlSettings.Options options) {
        return build(idp, metadata, sp, options, false);
    }

    /** For LogoutRequest / LogoutResponse from the IdP: those must carry a signature. */
    static Saml2Settings forLogout(IdentityProvider idp, IdpMetadata metadata, SpIdentity sp,
            SamlSettings.Options options) {
        return build(idp, metadata, sp, options, true);
    }

    private static Saml2Settings build(IdentityProvider idp, IdpMetadata metadata, SpIdentity sp,
            SamlSettings.Options options, boolean messagesSigned) {
        Map<String, Object> values = new HashMap<>();
        values.put(STRICT_PROPERTY_KEY, true);
        values.put(DEBUG_PROPERTY_KEY, false);
        values.put(SP_ENTITYID_PROPERTY_KEY, sp.entityId());
        values.put(SP_ASSERTION_CONSUMER_SERVICE_URL_PROPERTY_KEY, options.acsUrl());
        values.put(SP_ASSERTION_CONSUMER_SERVICE_BINDING_PROPERTY_KEY, SamlNames.POST);
        values.put(SP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY, options.sloUrl());
        values.put(SP_SINGLE_LOGOUT_SERVICE_BINDING_PROPERTY_KEY, SamlNames.REDIRECT);
        values.put(SP_NAMEIDFORMAT_PROPERTY_KEY, SamlNames.UNSPECIFIED);
        values.put(SP_X509CERT_PROPERTY_KEY, sp.encryption().certificate());
        values.put(SP_PRIVATEKEY_PROPERTY_KEY, sp.encryption().key());
        values.put(IDP_ENTITYID_PROPERTY_KEY, metadata.entityId());
        values.put(IDP_SINGLE_SIGN_ON_SERVICE_URL_PROPERTY_KEY, metadata.ssoUrl());
        values.put(IDP_SINGLE_SIGN_ON_SERVICE_BINDING_PROPERTY_KEY, SamlNames.REDIRECT);
        if (!metadata.sloUrl().isEmpty()) {
            values.put(IDP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY, metadata.sloUrl());
            values.put(IDP_SINGLE_LOGOUT_SERVICE_BINDING_PROPERTY_KEY, SamlNames.REDIRECT);
        }
        List<String> certificates = metadata.certificates();
        values.put(IDP_X509CERT_PROPERTY_KEY, certificates.get(0));
        for (int i = 0; i < certificates.size(); i++) {
            values.put(IDP_X509CERTMULTI_PROPERTY_KEY + "." + i, certificates.get(i));
        }
        values.put(SECURITY_WANT_ASSERTIONS_SIGNED, true);
        values.put(SECURITY_WANT_MESSAGES_SIGNED, messagesSigned);
        values.put(SECURITY_WANT_ASSERTIONS_ENCRYPTED, false);
        values.put(SECURITY_WANT_NAMEID, true);
        values.put(SECURITY_WANT_XML_VALIDATION, true);
        values.put(SECURITY_REJECT_DEPRECATED_ALGORITHM, !idp.allowSha1());
        values.put(SECURITY_REJECT_UNSOLICITED_RESPONSES_WITH_INRESPONSETO, true);
        values.put(SECURITY_AUTHREQUEST_SIGNED, options.signAuthnRequests());
        values.put(SECURITY_LOGOUTREQUEST_SIGNED, options.signAuthnRequests());
        values.put(SECURITY_LOGOUTRESPONSE_SIGNED, options.signAuthnRequests());
        values.put(SECURITY_SIGNATURE_ALGORITHM, SamlNames.RSA_SHA256);
        values.put(PARSING_TRIM_NAME_IDS, false);
        return new SettingsBuilder().fromValues(values).build();
    }
}

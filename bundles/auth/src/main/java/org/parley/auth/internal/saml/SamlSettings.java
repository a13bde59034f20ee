package org.parley.auth.internal.saml;

import java.net.URI;
import java.net.URISyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.parley.auth.Saml}: the service provider's public address and policies; changes apply at once. */
@Component(service = SamlSettings.class, configurationPid = SamlSettings.PID)
@Designate(ocd = SamlSettings.Config.class)
public class SamlSettings {

    public static final String PID = "org.parley.auth.Saml";

    /** What the SP does, as configured. */
    public record Options(String publicBaseUrl, boolean allowIdpInitiated, boolean signAuthnRequests,
            int metadataRefreshHours) {

        public String acsUrl() {
            return publicBaseUrl + "/saml/acs";
        }

        public String sloUrl() {
            return publicBaseUrl + "/saml/slo";
        }
    }

    @ObjectClassDefinition(name = "Parley SAML service provider", description = "Sign-in through SAML 2.0 identity "
            + "providers (registered under Settings > Identity providers).")
    public @interface Config {
        @AttributeDefinition(name = "Public base URL", description = "How browsers reach Parley, e.g. "
                + "https://meet.example.org (no path). Assertion consumer and logout URLs are built from it. The SP "
                + "entityID (<this>/saml/metadata) is fixed at the first start and does not follow later changes.")
        String publicBaseUrl() default "https://localhost:8443";

        @AttributeDefinition(name = "Allow IdP-initiated sign-in", description = "Accept responses the IdP sends "
                + "without a request from Parley. Off by default: anyone can post their own valid response to a "
                + "victim's browser and sign the victim in as the attacker (login CSRF).")
        boolean allowIdpInitiated() default false;

        @AttributeDefinition(name = "Sign authentication requests", description = "Sign AuthnRequests and logout "
                + "messages with the SP signing key (RSA-SHA256).")
        boolean signAuthnRequests() default true;

        @AttributeDefinition(name = "Metadata refresh (hours)", description = "How often the metadata of IdPs "
                + "registered by URL is fetched again (1-720); on failure the last good metadata stays.",
                min = "1", max = "720")
        int metadataRefreshHours() default 24;
    }

    private volatile Options options = parse("https://localhost:8443", false, true, 24);

    @Activate
    @Modified
    void apply(Config config) {
        options = parse(config.publicBaseUrl(), config.allowIdpInitiated(), config.signAuthnRequests(),
                config.metadataRefreshHours());
    }

    static Options parse(String publicBaseUrl, boolean allowIdpInitiated, boolean signAuthnRequests,
            int metadataRefreshHours) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base);
            boolean usable = "https".equals(uri.getScheme()) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null
                    && uri.getUserInfo() == null;
            if (!usable) {
                throw new IllegalArgumentException(PID + ": publicBaseUrl must be https://host[:port] without a "
                        + "path, was '" + publicBaseUrl + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PID + ": publicBaseUrl is not a URL: " + e.getMessage(), e);
        }
        if (metadataRefreshHours < 1 || metadataRefreshHours > 720) {
            throw new IllegalArgumentException(PID + ": metadataRefreshHours must be 1-720, was "
                    + metadataRefreshHours);
        }
        return new Options(base, allowIdpInitiated, signAuthnRequests, metadataRefreshHours);
    }

    public Options options() {
        return options;
    }
}

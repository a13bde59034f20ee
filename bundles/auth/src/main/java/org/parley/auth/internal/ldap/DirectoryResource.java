package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsReader;
import org.parley.auth.internal.account.Roles;

/**
 * {@code /api/v1/directory}: the console's "test connection" (reach, TLS and bind of each server, with the saved
 * settings or ones not saved yet) and "look up user" (what sign-in would make of a user). Present before the
 * directory is configured, so it can be tested before the first save.
 */
@Component(service = RestResource.class)
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public final class DirectoryResource implements RestResource {

    private static final String SECRET = "bindPassword";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DirectoryRealm realm;

    /** For Declarative Services. */
    public DirectoryResource() {
    }

    /** Around a realm configured directly (tests); {@code null} for none configured. */
    DirectoryResource(DirectoryRealm realm) {
        this.realm = realm;
    }

    /**
     * Tests each server with the saved settings, any attribute replaced by the body's. The saved bind password is
     * only sent to the saved servers as the saved bind DN: to test other ones, the body must carry the password,
     * so the test cannot be used to send the secret elsewhere.
     */
    @POST
    @Path("test")
    @Permission("settings:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryBodies.ConnectionTest test(Map<String, Object> overrides) {
        DirectoryRealm current = realm;
        Map<String, Object> saved = current == null ? Map.of() : current.properties();
        Map<String, Object> merged = new HashMap<>(saved);
        if (overrides != null) {
            merged.putAll(overrides);
            boolean elsewhere = !sameList(saved, merged, "urls") || !Objects.equals(text(saved, "bindDn"),
                    text(merged, "bindDn"));
            if (elsewhere && !overrides.containsKey(SECRET)) {
                merged.remove(SECRET);
            }
        }
        merged.put("enabled", false);
        DirectorySettings settings = parse(merged);
        if (settings.urls().isEmpty()) {
            throw ProblemException.invalid("urls", "Give at least one ldaps:// or ldap:// server URL to test.");
        }
        List<DirectoryBodies.ServerReport> servers = new DirectoryConnector(settings).probe();
        return new DirectoryBodies.ConnectionTest(servers.stream().allMatch(DirectoryBodies.ServerReport::bind),
                servers);
    }

    /** What sign-in would make of the user: found or not, DN, profile, groups, roles, disabled. */
    @POST
    @Path("lookup")
    @Permission("users:read")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryBodies.LookupResult lookup(DirectoryBodies.LookupRequest body) {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw ProblemException.invalid("username", "Enter the user name to look up.");
        }
        DirectoryRealm current = realm;
        if (current == null) {
            throw ProblemException.conflict("Directory sign-in is not configured (settings "
                    + DirectorySettings.PID + ").");
        }
        Directory directory = current.directory();
        List<SettingsProblem> missing = directory.settings().incomplete();
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("The directory settings are incomplete: " + String.join("; ",
                    missing.stream().map(p -> p.attribute() + " " + p.message()).toList()) + ".");
        }
        try {
            return directory.use(current.status(), connection -> {
                Optional<DirectoryUser> user = directory.queries().byName(connection, body.username().strip());
                return user.isEmpty() ? DirectoryBodies.LookupResult.notFound()
                        : result(directory.queries().standing(connection, user.get()));
            });
        } catch (DirectoryUnavailable e) {
            return DirectoryBodies.LookupResult.problem("The directory cannot be reached: " + e.getMessage());
        } catch (LDAPException e) {
            return DirectoryBodies.LookupResult.problem("The directory answered " + e.getResultCode().getName()
                    + ": " + e.getMessage());
        }
    }

    private static DirectoryBodies.LookupResult result(Standing standing) {
        DirectoryUser user = standing.user();
        return new DirectoryBodies.LookupResult(true, user.dn().toString(), user.displayName(), user.email(),
                standing.groups().stream().map(DN::toString).toList(), Roles.ids(standing.roles()),
                standing.disabled(), standing.refusal().map(why -> "Cannot sign in: " + why + ".").orElse(null));
    }

    private static DirectorySettings parse(Map<String, Object> properties) {
        try {
            return DirectorySettings.parse(properties);
        } catch (InvalidSettings e) {
            SettingsProblem first = e.problems().get(0);
            String detail = first.attribute().equals(SECRET)
                    ? "Enter the bind password: the saved one is only used with the saved servers and bind DN."
                    : e.getMessage();
            throw ProblemException.invalid(first.attribute(), detail);
        }
    }

    private static boolean sameList(Map<String, Object> saved, Map<String, Object> merged, String attribute) {
        return new SettingsReader(saved).list(attribute).equals(new SettingsReader(merged).list(attribute));
    }

    private static String text(Map<String, Object> properties, String attribute) {
        return new SettingsReader(properties).text(attribute, "");
    }
}

package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.parley.auth.internal.core.ExternalIdentity;
import org.parley.auth.internal.core.PasswordRealm;
import org.parley.auth.internal.core.RealmException;

/**
 * The directory as a {@link PasswordRealm} (PID {@value DirectorySettings#PID}; runs only once configured): finds
 * the user with the service account, binds as the user with the password, then checks the disabled filter and maps
 * the groups to roles. A user the search does not find is not in this realm; a wrong password, a disabled user or
 * one in no mapped group is refused; a directory that cannot be used is unavailable (and the health check says why).
 */
@Component(service = {PasswordRealm.class, DirectoryRealm.class}, configurationPid = DirectorySettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DirectoryRealm.Config.class)
public class DirectoryRealm implements PasswordRealm {

    /** Shown to the person signing in; the details are in the log and the health check, not for anonymous eyes. */
    static final String UNREACHABLE = "The directory cannot be reached.";
    private static final int MAX_USERNAME_LENGTH = 256;

    @ObjectClassDefinition(name = "Parley directory sign-in (LDAP / Active Directory)", description = "Staff sign in "
            + "with their directory account; groups map to Parley roles. Always TLS: ldaps, or StartTLS on ldap.")
    public @interface Config {
        @AttributeDefinition(name = "Enabled", description = "Whether directory users can sign in.")
        boolean enabled() default false;

        @AttributeDefinition(name = "Server URLs", description = "ldaps://host:636 or ldap://host:389 (always "
                + "StartTLS, never clear text); tried in this order.", required = false)
        String[] urls() default {};

        @AttributeDefinition(name = "CA certificates", description = "PEM certificates of the CAs (or servers) to "
                + "trust; empty: the JVM's default trust store. Host names are always verified.", required = false)
        String caCertificates() default "";

        @AttributeDefinition(name = "Bind DN", description = "The service account that searches users and groups; "
                + "empty for an anonymous search.", required = false)
        String bindDn() default "";

        @AttributeDefinition(name = "Bind password", type = AttributeType.PASSWORD, required = false)
        String bindPassword() default "";

        @AttributeDefinition(name = "User base", description = "The DN under which users are searched.",
                required = false)
        String userBase() default "";

        @AttributeDefinition(name = "User filter", description = "{0} is the name typed, escaped. Active Directory: "
                + "(&(objectClass=user)(sAMAccountName={0})).")
        String userFilter() default DirectorySettings.DEFAULT_USER_FILTER;

        @AttributeDefinition(name = "Id attribute", description = "A stable id that survives renames: entryUUID "
                + "(OpenLDAP), objectGUID (Active Directory).")
        String idAttribute() default DirectorySettings.DEFAULT_ID_ATTRIBUTE;

        @AttributeDefinition(name = "User name attribute", description = "uid; sAMAccountName for Active Directory.")
        String usernameAttribute() default DirectorySettings.DEFAULT_USERNAME_ATTRIBUTE;

        @AttributeDefinition(name = "Display name attribute")
        String displayNameAttribute() default DirectorySettings.DEFAULT_DISPLAY_NAME_ATTRIBUTE;

        @AttributeDefinition(name = "E-mail attribute")
        String emailAttribute() default DirectorySettings.DEFAULT_EMAIL_ATTRIBUTE;

        @AttributeDefinition(name = "Group search", description = "memberOf (the user's memberOf values), member "
                + "(groups under the group base whose member is the user) or nested (Active Directory's "
                + "LDAP_MATCHING_RULE_IN_CHAIN: nested groups too).", options = {
                    @Option(label = "memberOf", value = "memberOf"),
                    @Option(label = "member", value = "member"),
                    @Option(label = "nested", value = "nested")})
        String groupSearch() default DirectorySettings.DEFAULT_GROUP_SEARCH;

        @AttributeDefinition(name = "Group base", description = "The DN under which groups are searched (member and "
                + "nested).", required = false)
        String groupBase() default "";

        @AttributeDefinition(name = "Group filter", description = "For member mode; {0} is the user's DN, escaped.")
        String groupFilter() default DirectorySettings.DEFAULT_GROUP_FILTER;

        @AttributeDefinition(name = "Disabled filter", description = "Matches a disabled or locked user. Active "
                + "Directory: (userAccountControl:1.2.840.113556.1.4.803:=2); OpenLDAP: (pwdAccountLockedTime=*).",
                required = false)
        String disabledFilter() default "";

        @AttributeDefinition(name = "Role mapping", description = "role=groupDN, e.g. "
                + "admin=cn=meeting-admins,ou=groups,dc=example,dc=org; roles admin, auditor, host, member. A user "
                + "in no mapped group cannot sign in.", required = false)
        String[] roleMapping() default {};

        @AttributeDefinition(name = "Re-check (minutes)", description = "How often directory users are checked "
                + "again; removed or disabled ones lose their sessions and tokens (1-1440).", min = "1", max = "1440")
        int recheckMinutes() default DirectorySettings.DEFAULT_RECHECK_MINUTES;

        @AttributeDefinition(name = "Timeout (seconds)", description = "For connecting and for each answer (1-120).",
                min = "1", max = "120")
        int timeoutSeconds() default DirectorySettings.DEFAULT_TIMEOUT_SECONDS;
    }

    private final DirectoryStatus status = new DirectoryStatus();
    private volatile Directory directory;
    private volatile Map<String, Object> properties;

    /** For Declarative Services. */
    public DirectoryRealm() {
    }

    /** Configured directly (tests). */
    DirectoryRealm(Map<String, Object> properties) {
        apply(properties);
    }

    /** Fails (naming the PID and attribute) on a bad value, so a broken configuration never half-applies. */
    @Activate
    @Modified
    void apply(Map<String, Object> properties) {
        directory = Directory.of(DirectorySettings.parse(properties));
        this.properties = Map.copyOf(properties);
    }

    @Override
    public Optional<ExternalIdentity> authenticate(String username, String password) {
        Directory current = directory;
        if (!current.settings().enabled() || username == null || username.isBlank()
                || username.length() > MAX_USERNAME_LENGTH) {
            return Optional.empty();
        }
        if (password == null || password.isEmpty()) {
            // An empty password would be an unauthenticated bind (RFC 4513 5.1.2): it "succeeds" for anyone.
            throw RealmException.refused("empty password");
        }
        try {
            return current.use(status, connection -> signIn(current, connection, username.strip(), password));
        } catch (DirectoryUnavailable e) {
            throw RealmException.unavailable(UNREACHABLE, e);
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw RealmException.refused(e.getMessage());
            }
            throw RealmException.unavailable(UNREACHABLE, e);
        }
    }

    private static Optional<ExternalIdentity> signIn(Directory directory, LDAPConnection connection, String username,
            String password) throws LDAPException {
        Optional<DirectoryUser> user = directory.queries().byName(connection, username);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        bindAsUser(connection, user.get(), password);
        directory.connector().bindService(connection);
        Standing standing = directory.queries().standing(connection, user.get());
        Optional<String> refusal = standing.refusal();
        if (refusal.isPresent()) {
            throw RealmException.refused(refusal.get());
        }
        return Optional.of(standing.identity());
    }

    private static void bindAsUser(LDAPConnection connection, DirectoryUser user, String password)
            throws LDAPException {
        try {
            connection.bind(new SimpleBindRequest(user.dn(), password));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                throw RealmException.refused("wrong password or locked");
            }
            if (!e.getResultCode().isConnectionUsable()) {
                throw e;
            }
            throw RealmException.refused("the directory refused the bind: " + e.getResultCode().getName());
        }
    }

    /** The directory as currently configured. */
    Directory directory() {
        return directory;
    }

    /** The saved configuration (the console's "test connection" overrides some of it). */
    Map<String, Object> properties() {
        return properties;
    }

    DirectoryStatus status() {
        return status;
    }
}

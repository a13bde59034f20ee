package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsReader;

/**
 * The validated settings of PID {@value #PID}. One parser serves the realm (activation and change), its
 * {@link org.parley.api.settings.SettingsValidator} and the console's "test connection" (saved values overridden
 * by the request), so all accept exactly the same values. {@link #toString()} never shows the bind password.
 *
 * @param caCertificates the CAs (or server certificates) to trust; empty: the JVM's default trust store
 * @param bindDn the service account; {@link DN#NULL_DN} for an anonymous search
 * @param disabledFilter matches a disabled or locked user entry; {@code null} when not set
 */
record DirectorySettings(boolean enabled, List<LDAPURL> urls, List<X509Certificate> caCertificates, DN bindDn,
        String bindPassword, DN userBase, FilterTemplate userFilter, String idAttribute, String usernameAttribute,
        String displayNameAttribute, String emailAttribute, GroupSearch groupSearch, DN groupBase,
        FilterTemplate groupFilter, Filter disabledFilter, List<RoleMapping> roleMapping, Duration recheck,
        Duration timeout) {

    static final String PID = "org.parley.auth.Directory";

    static final String DEFAULT_USER_FILTER = "(&(objectClass=inetOrgPerson)(uid={0}))";
    static final String DEFAULT_ID_ATTRIBUTE = "entryUUID";
    static final String DEFAULT_USERNAME_ATTRIBUTE = "uid";
    static final String DEFAULT_DISPLAY_NAME_ATTRIBUTE = "cn";
    static final String DEFAULT_EMAIL_ATTRIBUTE = "mail";
    static final String DEFAULT_GROUP_SEARCH = "memberOf";
    static final String DEFAULT_GROUP_FILTER = "(&(objectClass=groupOfNames)(member={0}))";
    static final int DEFAULT_RECHECK_MINUTES = 15;
    static final int DEFAULT_TIMEOUT_SECONDS = 5;

    /** An attribute description (RFC 4512 descr) or numeric OID. */
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");

    DirectorySettings {
        urls = List.copyOf(urls);
        caCertificates = List.copyOf(caCertificates);
        roleMapping = List.copyOf(roleMapping);
    }

    /**
     * Parses a complete configuration; absent attributes take their defaults. When {@code enabled}, everything
     * sign-in needs must be there too.
     *
     * @throws InvalidSettings naming the PID and every attribute at fault
     */
    static DirectorySettings parse(Map<String, ?> properties) {
        SettingsReader reader = new SettingsReader(properties);
        DirectorySettings settings = new DirectorySettings(reader.flag("enabled", false), urls(reader),
                certificates(reader), dn(reader, "bindDn"), reader.text("bindPassword", ""), dn(reader, "userBase"),
                template(reader, "userFilter", DEFAULT_USER_FILTER),
                attribute(reader, "idAttribute", DEFAULT_ID_ATTRIBUTE),
                attribute(reader, "usernameAttribute", DEFAULT_USERNAME_ATTRIBUTE),
                attribute(reader, "displayNameAttribute", DEFAULT_DISPLAY_NAME_ATTRIBUTE),
                attribute(reader, "emailAttribute", DEFAULT_EMAIL_ATTRIBUTE), groupSearch(reader),
                dn(reader, "groupBase"), template(reader, "groupFilter", DEFAULT_GROUP_FILTER),
                filter(reader, "disabledFilter"), roleMapping(reader),
                Duration.ofMinutes(reader.integer("recheckMinutes", DEFAULT_RECHECK_MINUTES, 1, 1440)),
                Duration.ofSeconds(reader.integer("timeoutSeconds", DEFAULT_TIMEOUT_SECONDS, 1, 120)));
        List<SettingsProblem> problems = new ArrayList<>(reader.problems());
        if (problems.isEmpty() && !settings.bindDn.isNullDN() && settings.bindPassword.isEmpty()) {
            problems.add(new SettingsProblem("bindPassword", "must be set when bindDn is (an empty password "
                    + "would be an unauthenticated bind)"));
        }
        if (problems.isEmpty() && settings.enabled) {
            problems.addAll(settings.incomplete());
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettings(PID, problems);
        }
        return settings;
    }

    /** What is wrong with {@code properties}, empty when {@link #parse} accepts them. */
    static List<SettingsProblem> problems(Map<String, ?> properties) {
        try {
            parse(properties);
            return List.of();
        } catch (InvalidSettings e) {
            return e.problems();
        }
    }

    /** What sign-in needs and these settings lack: servers, where users are, which groups give which role. */
    List<SettingsProblem> incomplete() {
        List<SettingsProblem> missing = new ArrayList<>();
        if (urls.isEmpty()) {
            missing.add(new SettingsProblem("urls", "needs at least one ldaps:// or ldap:// server URL"));
        }
        if (userBase.isNullDN()) {
            missing.add(new SettingsProblem("userBase", "needs the DN under which users are searched"));
        }
        if (groupSearch != GroupSearch.MEMBER_OF && groupBase.isNullDN()) {
            missing.add(new SettingsProblem("groupBase", "needs the DN under which groups are searched (groupSearch "
                    + groupSearch.id() + ")"));
        }
        if (roleMapping.isEmpty()) {
            missing.add(new SettingsProblem("roleMapping", "needs at least one role=groupDN line, or nobody can "
                    + "sign in"));
        }
        return missing;
    }

    @Override
    public String toString() {
        return PID + "[enabled=" + enabled + ", urls=" + urls + ", bindDn=" + bindDn + ", userBase=" + userBase
                + ", groupSearch=" + groupSearch.id() + ", roleMapping=" + roleMapping + "]";
    }

    private static List<LDAPURL> urls(SettingsReader reader) {
        List<LDAPURL> urls = new ArrayList<>();
        for (String text : reader.list("urls")) {
            String scheme = text.toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("ldaps://") && !scheme.startsWith("ldap://")) {
                reader.problem("urls", "'" + text + "' must start with ldaps:// or ldap:// (StartTLS)");
                continue;
            }
            try {
                LDAPURL url = new LDAPURL(text);
                if (!url.hostProvided()) {
                    reader.problem("urls", "'" + text + "' names no host");
                } else {
                    urls.add(url);
                }
            } catch (LDAPException e) {
                reader.problem("urls", "'" + text + "' is not an LDAP URL: " + e.getMessage());
            }
        }
        return urls;
    }

    private static List<X509Certificate> certificates(SettingsReader reader) {
        try {
            return TrustedCertificates.parse(reader.text("caCertificates", ""));
        } catch (CertificateException e) {
            reader.problem("caCertificates", "must be PEM certificates (-----BEGIN CERTIFICATE-----): "
                    + e.getMessage());
            return List.of();
        }
    }

    private static DN dn(SettingsReader reader, String attribute) {
        String text = reader.text(attribute, "");
        try {
            return new DN(text);
        } catch (LDAPException e) {
            reader.problem(attribute, "'" + text + "' is not a DN: " + e.getMessage());
            return DN.NULL_DN;
        }
    }

    private static FilterTemplate template(SettingsReader reader, String attribute, String fallback) {
        String text = reader.text(attribute, fallback);
        try {
            return FilterTemplate.parse(text.isEmpty() ? fallback : text);
        } catch (IllegalArgumentException e) {
            reader.problem(attribute, e.getMessage());
            return new FilterTemplate(fallback);
        }
    }

    private static Filter filter(SettingsReader reader, String attribute) {
        String text = reader.text(attribute, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Filter.create(text);
        } catch (LDAPException e) {
            reader.problem(attribute, "'" + text + "' is not an LDAP filter: " + e.getMessage());
            return null;
        }
    }

    private static String attribute(SettingsReader reader, String attribute, String fallback) {
        String text = reader.text(attribute, fallback);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!ATTRIBUTE.matcher(text).matches()) {
            reader.problem(attribute, "'" + text + "' is not an attribute name");
        }
        return text;
    }

    private static GroupSearch groupSearch(SettingsReader reader) {
        String text = reader.text("groupSearch", DEFAULT_GROUP_SEARCH);
        return GroupSearch.parse(text).orElseGet(() -> {
            reader.problem("groupSearch", "must be memberOf, member or nested, not '" + text + "'");
            return GroupSearch.MEMBER_OF;
        });
    }

    private static List<RoleMapping> roleMapping(SettingsReader reader) {
        List<RoleMapping> mappings = new ArrayList<>();
        for (String line : reader.list("roleMapping")) {
            try {
                mappings.add(RoleMapping.parse(line));
            } catch (IllegalArgumentException e) {
                reader.problem("roleMapping", e.getMessage());
            }
        }
        return mappings;
    }
}

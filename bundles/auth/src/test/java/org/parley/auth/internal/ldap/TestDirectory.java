package org.parley.auth.internal.ldap;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldif.LDIFReader;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real in-memory UnboundID directory with TLS, for the directory tests: {@code ldaps} and {@code ldap} (StartTLS)
 * listeners on 127.0.0.1, one without StartTLS, and an {@code ldaps} listener on 127.0.0.2 whose certificate does not name it. The server
 * certificate (names {@code localhost}, {@code 127.0.0.1}) is signed by {@link #CA}. Searches need a bind (as in
 * slapd and Active Directory). Users, all with password {@code <name>-pw}:
 * <ul>
 * <li>alice: meeting-admins, meeting-users</li>
 * <li>bob: meeting-users</li>
 * <li>carol: meeting-users, locked ({@code pwdAccountLockedTime})</li>
 * <li>dave: only the unmapped group "other"</li>
 * <li>erin: ward-hosts, which is itself a member of meeting-hosts (nested)</li>
 * </ul>
 * A search with Active Directory's in-chain matching rule on {@code member} is answered as Active Directory would
 * (transitively), since the in-memory server does not know the rule.
 */
final class TestDirectory implements AutoCloseable, AfterAllCallback {

    static final String BASE = "dc=example,dc=org";
    static final String PEOPLE = "ou=people," + BASE;
    static final String GROUPS = "ou=groups," + BASE;
    static final String SERVICE_DN = "cn=parley,ou=services," + BASE;
    static final String SERVICE_PASSWORD = "service-pw";
    static final String ADMINS = "cn=meeting-admins," + GROUPS;
    static final String USERS = "cn=meeting-users," + GROUPS;
    static final String HOSTS = "cn=meeting-hosts," + GROUPS;
    static final TestCertificates CA = certificates("CN=Parley Test CA,O=Example");

    final InMemoryDirectoryServer server;
    private final List<String> nestedFilters = new ArrayList<>();

    /** A directory for a whole test class: {@code @RegisterExtension static final TestDirectory d = started();}. */
    static TestDirectory started() {
        try {
            return new TestDirectory();
        } catch (Exception e) {
            throw new IllegalStateException("the in-memory directory did not start", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    TestDirectory() throws Exception {
        SSLContext tls = CA.serverContext("localhost", "127.0.0.1");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null);
        config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
        config.setAuthenticationRequiredOperationTypes(OperationType.SEARCH, OperationType.COMPARE);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0, tls.getServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, tls.getSocketFactory()),
                InMemoryListenerConfig.createLDAPConfig("clear-only", loopback, 0, null),
                InMemoryListenerConfig.createLDAPSConfig("ldaps-other", InetAddress.getByName("127.0.0.2"), 0,
                        tls.getServerSocketFactory(), null));
        config.addInMemoryOperationInterceptor(new InChainMembership());
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(true, new LDIFReader(new ByteArrayInputStream(ldif().getBytes(UTF_8))));
        server.startListening();
    }

    String ldapsUrl() {
        return "ldaps://localhost:" + server.getListenPort("ldaps");
    }

    String startTlsUrl() {
        return "ldap://127.0.0.1:" + server.getListenPort("ldap");
    }

    /** A listener that offers no StartTLS. */
    String clearOnlyUrl() {
        return "ldap://127.0.0.1:" + server.getListenPort("clear-only");
    }

    /** A URL whose host (127.0.0.2) the server certificate does not name. */
    String wrongHostUrl() {
        return "ldaps://127.0.0.2:" + server.getListenPort("ldaps-other");
    }

    /** The filters of the in-chain searches received, as sent. */
    List<String> nestedFilters() {
        return List.copyOf(nestedFilters);
    }

    /** Settings for this directory (memberOf mode, the fixture's CA, enabled), with some attributes replaced. */
    Map<String, Object> settings(Object... overrides) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("enabled", true);
        settings.put("urls", new String[] {ldapsUrl()});
        settings.put("caCertificates", CA.caPem());
        settings.put("bindDn", SERVICE_DN);
        settings.put("bindPassword", SERVICE_PASSWORD);
        settings.put("userBase", PEOPLE);
        settings.put("groupBase", GROUPS);
        settings.put("disabledFilter", "(pwdAccountLockedTime=*)");
        settings.put("roleMapping", new String[] {"admin=" + ADMINS, "member=" + USERS, "host=" + HOSTS});
        for (int i = 0; i < overrides.length; i += 2) {
            settings.put((String) overrides[i], overrides[i + 1]);
        }
        return settings;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static String ldif() {
        StringBuilder ldif = new StringBuilder();
        entry(ldif, "dn: " + BASE, "objectClass: domain", "dc: example");
        entry(ldif, "dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        entry(ldif, "dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
        user(ldif, "alice", "Alice Admin", "memberOf: " + ADMINS, "memberOf: " + USERS);
        user(ldif, "bob", "Bob User", "memberOf: " + USERS);
        user(ldif, "carol", "Carol Locked", "memberOf: " + USERS, "pwdAccountLockedTime: 000001010000Z");
        user(ldif, "dave", "Dave Other", "memberOf: cn=other," + GROUPS);
        user(ldif, "erin", "Erin Ward", "memberOf: cn=ward-hosts," + GROUPS);
        group(ldif, ADMINS, "uid=alice," + PEOPLE);
        group(ldif, USERS, "uid=alice," + PEOPLE, "uid=bob," + PEOPLE, "uid=carol," + PEOPLE);
        group(ldif, "cn=other," + GROUPS, "uid=dave," + PEOPLE);
        group(ldif, "cn=ward-hosts," + GROUPS, "uid=erin," + PEOPLE);
        group(ldif, HOSTS, "cn=ward-hosts," + GROUPS);
        return ldif.toString();
    }

    private static void user(StringBuilder ldif, String uid, String name, String... extra) {
        List<String> lines = new ArrayList<>(List.of("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + name, "sn: " + name.split(" ")[1], "mail: " + uid + "@example.org",
                "userPassword: " + uid + "-pw"));
        lines.addAll(List.of(extra));
        entry(ldif, lines.toArray(String[]::new));
    }

    private static void group(StringBuilder ldif, String dn, String... members) {
        List<String> lines = new ArrayList<>(List.of("dn: " + dn, "objectClass: groupOfNames",
                "cn: " + dn.substring(3, dn.indexOf(','))));
        for (String member : members) {
            lines.add("member: " + member);
        }
        entry(ldif, lines.toArray(String[]::new));
    }

    private static void entry(StringBuilder ldif, String... lines) {
        ldif.append(String.join("\n", lines)).append("\n\n");
    }

    private static TestCertificates certificates(String subject) {
        try {
            return new TestCertificates(subject);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers {@code (member:1.2.840.113556.1.4.1941:=<dn>)} as Active Directory does: every enclosing group. */
    private final class InChainMembership extends InMemoryOperationInterceptor {
        @Override
        public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
            Filter filter = request.getRequest().getFilter();
            if (filter.getFilterType() != Filter.FILTER_TYPE_EXTENSIBLE_MATCH
                    || !GroupSearch.IN_CHAIN_RULE.equals(filter.getMatchingRuleID())) {
                return;
            }
            nestedFilters.add(filter.toString());
            List<Filter> anyLevel = new ArrayList<>();
            for (String dn : enclosing(filter.getAssertionValue())) {
                anyLevel.add(Filter.createEqualityFilter(filter.getAttributeName(), dn));
            }
            SearchRequest rewritten = request.getRequest().duplicate();
            rewritten.setFilter(Filter.createORFilter(anyLevel));
            request.setRequest(rewritten);
        }

        /** The DN and every group that holds it, directly or through other groups. */
        private Set<String> enclosing(String dn) throws LDAPException {
            Set<String> found = new LinkedHashSet<>(List.of(dn));
            Deque<String> pending = new ArrayDeque<>(found);
            while (!pending.isEmpty()) {
                for (SearchResultEntry group : server.search(BASE, SearchScope.SUB,
                        Filter.createEqualityFilter("member", pending.pop()), "1.1").getSearchEntries()) {
                    if (found.add(group.getDN())) {
                        pending.push(group.getDN());
                    }
                }
            }
            return found;
        }
    }
}

package org.parley.auth.internal.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;

/** The directory settings: defaults, every bad value named with the PID and attribute, the helpers they use. */
class DirectorySettingsTest {

    private static Map<String, Object> valid() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("enabled", true);
        properties.put("urls", new String[] {"ldaps://dc1.example.org", "ldap://dc2.example.org:389"});
        properties.put("bindDn", "cn=parley,dc=example,dc=org");
        properties.put("bindPassword", "secret");
        properties.put("userBase", "ou=people,dc=example,dc=org");
        properties.put("roleMapping", List.of("admin=cn=meeting-admins,ou=groups,dc=example,dc=org"));
        return properties;
    }

    private static List<String> faults(Object... changes) {
        Map<String, Object> properties = valid();
        for (int i = 0; i < changes.length; i += 2) {
            properties.put((String) changes[i], changes[i + 1]);
        }
        return DirectorySettings.problems(properties).stream().map(SettingsProblem::attribute).toList();
    }

    @Test
    void defaultsAndPorts() {
        DirectorySettings settings = DirectorySettings.parse(valid());
        assertEquals(636, settings.urls().get(0).getPort());
        assertEquals(GroupSearch.MEMBER_OF, settings.groupSearch());
        assertEquals("entryUUID", settings.idAttribute());
        assertEquals(Duration.ofMinutes(15), settings.recheck());
        assertEquals(Duration.ofSeconds(5), settings.timeout());
        assertTrue(settings.caCertificates().isEmpty(), "empty: the JVM's trust store");
        assertFalse(settings.toString().contains("secret"), settings.toString());
    }

    @Test
    void nothingConfiguredIsValidWhileSwitchedOff() {
        assertEquals(List.of(), DirectorySettings.problems(Map.of()));
    }

    @Test
    void badValuesNameThePidAndTheAttribute() {
        assertEquals(List.of("urls"), faults("urls", new String[] {"http://dc1.example.org"}));
        assertEquals(List.of("urls"), faults("urls", "not a url"));
        assertEquals(List.of("caCertificates"), faults("caCertificates", "-----BEGIN CERTIFICATE-----\nAAAA\n"
                + "-----END CERTIFICATE-----"));
        assertEquals(List.of("userBase"), faults("userBase", "not a dn"));
        assertEquals(List.of("userFilter"), faults("userFilter", "(uid=alice)"));
        assertEquals(List.of("userFilter"), faults("userFilter", "(uid={0}"));
        assertEquals(List.of("disabledFilter"), faults("disabledFilter", "(userAccountControl=2"));
        assertEquals(List.of("groupSearch"), faults("groupSearch", "recursive"));
        assertEquals(List.of("groupBase"), faults("groupSearch", "nested"));
        assertEquals(List.of("roleMapping"), faults("roleMapping", new String[] {"boss=cn=x,dc=example,dc=org"}));
        assertEquals(List.of("roleMapping"), faults("roleMapping", new String[] {"admin"}));
        assertEquals(List.of("idAttribute"), faults("idAttribute", "entry UUID"));
        assertEquals(List.of("recheckMinutes"), faults("recheckMinutes", 0));
        assertEquals(List.of("timeoutSeconds"), faults("timeoutSeconds", "soon"));
        assertEquals(List.of("bindPassword"), faults("bindPassword", ""));
        assertEquals(List.of("urls", "userBase", "roleMapping"), faults("urls", new String[0], "userBase", "",
                "roleMapping", new String[0]));
        InvalidSettings e = assertThrows(InvalidSettings.class,
                () -> DirectorySettings.parse(Map.of("enabled", "true", "urls", "ftp://x")));
        assertTrue(e.getMessage().startsWith("org.parley.auth.Directory: urls 'ftp://x' must start with ldaps://"),
                e.getMessage());
    }

    @Test
    void roleMappingSplitsAtTheFirstEquals() {
        RoleMapping mapping = RoleMapping.parse(" admin = CN=Meeting Admins,OU=Groups,DC=example,DC=org ");
        assertEquals("admin", mapping.role().id());
        assertEquals("cn=meeting admins,ou=groups,dc=example,dc=org", mapping.group().toNormalizedString());
    }

    @Test
    void groupSearchModes() {
        assertEquals(GroupSearch.MEMBER_OF, GroupSearch.parse("memberof").orElseThrow());
        assertEquals(GroupSearch.NESTED, GroupSearch.parse(" nested ").orElseThrow());
        assertTrue(GroupSearch.parse("all").isEmpty());
    }

    @Test
    void objectGuidTextFormSwapsTheFirstThreeGroups() {
        byte[] wire = HexFormat.of().parseHex("33221100554477668899aabbccddeeff");
        assertEquals("00112233-4455-6677-8899-aabbccddeeff", ObjectGuid.format(wire));
        assertArrayEquals(wire, ObjectGuid.parse("00112233-4455-6677-8899-aabbccddeeff"));
        assertThrows(IllegalArgumentException.class, () -> ObjectGuid.parse("*)(objectGUID=*"));
    }

    @Test
    void hostNamesMatchAsRfc6125Says() {
        int dns = 2;
        int ip = 7;
        assertTrue(HostNameCheck.matches("DC1.example.org", dns, "dc1.example.org"));
        assertTrue(HostNameCheck.matches("dc1.example.org", dns, "*.example.org"));
        assertFalse(HostNameCheck.matches("a.dc1.example.org", dns, "*.example.org"));
        assertFalse(HostNameCheck.matches("example.org", dns, "*.example.org"));
        assertTrue(HostNameCheck.matches("127.0.0.1", ip, "127.0.0.1"));
        assertFalse(HostNameCheck.matches("127.0.0.1", dns, "127.0.0.1"));
        assertFalse(HostNameCheck.matches("localhost", ip, "127.0.0.1"));
    }

    @Test
    void caCertificatesAreReadWithOrWithoutLineBreaksAndNonsenseIsRefused() throws Exception {
        String pem = TestDirectory.CA.caPem();
        var expected = TrustedCertificates.parse(pem);
        assertEquals(1, expected.size());
        assertEquals(expected, TrustedCertificates.parse(pem.replace("\n", "")), "a PEM on one line (settings file)");
        assertEquals(2, TrustedCertificates.parse(pem + "\n" + pem).size());
        assertThrows(java.security.cert.CertificateException.class, () -> TrustedCertificates.parse("not a PEM"));
    }
}

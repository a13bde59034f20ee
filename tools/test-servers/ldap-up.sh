#!/bin/sh
# Throw-away OpenLDAP for tests: ldap://127.0.0.1:$LDAP_PORT (StartTLS too) and ldaps://127.0.0.1:$LDAPS_PORT, with
# a test CA, users and groups (README.md). Re-running starts it afresh; ldap-down.sh stops it.
# "ldap-up.sh again" restarts the server that "ldap-down.sh keep" stopped, with its data and certificates.
set -eu
. "$(dirname "$0")/common.sh"
D=${LDAP_DIR:-/tmp/parley-test-ldap}; PORT=${LDAP_PORT:-3389}; SPORT=${LDAPS_PORT:-6636}
B=dc=example,dc=org; P=ou=people,$B; G=ou=groups,$B
start() {
  slapd -F "$D/slapd.d" -h "ldap://127.0.0.1:$PORT/ ldaps://127.0.0.1:$SPORT/"   # forks; pid in $D/slapd.pid
  for _ in $(seq 100); do ldapsearch -x -H "ldap://127.0.0.1:$PORT" -b "" -s base >/dev/null 2>&1 && return; sleep 0.1; done
  echo "slapd did not answer on port $PORT" >&2; return 1
}
up() { echo "slapd up, pid $(cat "$D/slapd.pid"), ldap://127.0.0.1:$PORT ldaps://127.0.0.1:$SPORT, CA $D/ca.pem"; }
stop "$D/slapd.pid"
if [ "${1:-}" = again ]; then
  [ -d "$D/slapd.d" ] || { echo "no server kept in $D: run ldap-up.sh without 'again'" >&2; exit 1; }
  start; up; exit 0
fi
rm -rf "$D"; mkdir -p "$D/slapd.d" "$D/data"

# The test CA signs the server certificate; other-ca.pem is an unrelated CA that must not be trusted for it.
ca() { openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "$2" -keyout "$D/$1.key" -out "$D/$1.pem" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null; }
ca ca "/O=Parley tests/CN=Parley Test LDAP CA"
ca other-ca "/O=Somebody else/CN=Other Test CA"
rm "$D/other-ca.key"
openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout "$D/key.pem" -out "$D/server.csr" 2>/dev/null
printf '%s\n' "subjectAltName=DNS:localhost,DNS:$(hostname),IP:127.0.0.1" "basicConstraints=critical,CA:FALSE" \
    "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" > "$D/server.ext"
openssl x509 -req -in "$D/server.csr" -CA "$D/ca.pem" -CAkey "$D/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
    -days 3650 -extfile "$D/server.ext" -out "$D/cert.pem" 2>/dev/null
rm "$D/server.csr" "$D/server.ext"

e() { printf '%s\n' "$@" ''; }      # one LDIF entry, one argument per line
{ e "dn: cn=config" "objectClass: olcGlobal" "cn: config" "olcPidFile: $D/slapd.pid" \
    "olcTLSCACertificateFile: $D/ca.pem" "olcTLSCertificateFile: $D/cert.pem" "olcTLSCertificateKeyFile: $D/key.pem"
  e "dn: cn=module{0},cn=config" "objectClass: olcModuleList" "cn: module{0}" \
    "olcModuleLoad: back_mdb" "olcModuleLoad: dynlist" "olcModuleLoad: ppolicy"
  e "dn: cn=schema,cn=config" "objectClass: olcSchemaConfig" "cn: schema"
  for s in core cosine inetorgperson dyngroup; do e "include: file:///etc/ldap/schema/$s.ldif"; done
  e "dn: olcDatabase={1}mdb,cn=config" "objectClass: olcMdbConfig" "olcDatabase: {1}mdb" \
    "olcDbDirectory: $D/data" "olcSuffix: $B" "olcRootDN: cn=admin,$B" "olcRootPW: $(slappasswd -s admin-secret)" \
    "olcDbIndex: objectClass,uid,cn,mail,member eq" \
    "olcAccess: {0}to attrs=userPassword by self write by anonymous auth by * none" \
    "olcAccess: {1}to * by users read by * none"
  # memberOf computed at search time, nested groups included ("*"); the memberof overlay would not nest.
  e "dn: olcOverlay={0}dynlist,olcDatabase={1}mdb,cn=config" "objectClass: olcDynListConfig" \
    "olcOverlay: {0}dynlist" "olcDynListAttrSet: groupOfURLs memberURL member+memberOf@groupOfNames*"
  e "dn: olcOverlay={1}ppolicy,olcDatabase={1}mdb,cn=config" "objectClass: olcPPolicyConfig" \
    "olcOverlay: {1}ppolicy" "olcPPolicyDefault: cn=pwpolicy,$B"
} > "$D/config.ldif"
slapadd -q -n0 -F "$D/slapd.d" -l "$D/config.ldif"
start

u() { e "dn: uid=$1,$P" "objectClass: inetOrgPerson" "uid: $1" "cn: $2 $3" "givenName: $2" "sn: $3" \
        "mail: $1@example.org" "userPassword: $(slappasswd -s "$1-pw")" ${4:+"$4"}; }
{ e "dn: $B" "objectClass: dcObject" "objectClass: organization" "o: Example" "dc: example"
  for ou in people groups services; do e "dn: ou=$ou,$B" "objectClass: organizationalUnit" "ou: $ou"; done
  e "dn: cn=parley,ou=services,$B" "objectClass: applicationProcess" "objectClass: simpleSecurityObject" \
    "cn: parley" "userPassword: $(slappasswd -s parley-bind-pw)"
  e "dn: cn=pwpolicy,$B" "objectClass: organizationalRole" "objectClass: pwdPolicy" "cn: pwpolicy" \
    "pwdAttribute: userPassword" "pwdLockout: TRUE"
  u alice Alice Admin
  u bob Bob User
  u carol Carol Locked "pwdAccountLockedTime: 000001010000Z"
  u dave Dave Nested
  u erin Erin Nogroup
  e "dn: cn=meeting-admins,$G" "objectClass: groupOfNames" "cn: meeting-admins" "member: uid=alice,$P"
  e "dn: cn=meeting-users,$G" "objectClass: groupOfNames" "cn: meeting-users" \
    "member: uid=alice,$P" "member: uid=bob,$P" "member: uid=carol,$P"
  e "dn: cn=clinic-staff,$G" "objectClass: groupOfNames" "cn: clinic-staff" "member: uid=dave,$P"
  e "dn: cn=meeting-hosts,$G" "objectClass: groupOfNames" "cn: meeting-hosts" "member: cn=clinic-staff,$G"
} > "$D/data.ldif"
ldapadd -x -H "ldap://127.0.0.1:$PORT" -D "cn=admin,$B" -w admin-secret -f "$D/data.ldif" >/dev/null
up

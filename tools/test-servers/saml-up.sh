#!/bin/sh
# Throw-away SimpleSAMLphp IdP for tests on http://127.0.0.1:$SAML_PORT (php built-in server), trusting the Parley
# service providers at SP_BASE_URLS (README.md). Re-running starts it afresh; saml-down.sh stops it.
set -eu
. "$(dirname "$0")/common.sh"
D=${SAML_DIR:-/tmp/parley-test-idp}; PORT=${SAML_PORT:-18080}; IDP=http://127.0.0.1:$PORT
SPS=${SP_BASE_URLS:-${SP_BASE_URL:-https://localhost:8443}}; SP_CERT=${SP_CERT_FILE:-}
stop "$D/php.pid"
rm -rf "$D"; mkdir -p "$D/config" "$D/metadata" "$D/cert" "$D/log" "$D/tmp" "$D/sessions"
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/O=Parley tests/CN=Parley Test IdP" \
  -keyout "$D/cert/idp.key" -out "$D/cert/idp.crt" 2>/dev/null
chmod 644 "$D/cert/idp.key"   # tests sign forged responses with it
# The SPs' hosts (host:port) may be ReturnTo targets of an IdP-initiated logout.
TRUSTED=""; for SP in $SPS; do H=${SP#*://}; TRUSTED="$TRUSTED'${H%%/*}', "; done
cat > "$D/config/config.php" <<PHP
<?php
\$config = [
    'baseurlpath' => '/',                      // www/ is the document root
    'certdir' => '$D/cert/', 'metadatadir' => '$D/metadata/',
    'loggingdir' => '$D/log/', 'tempdir' => '$D/tmp', 'datadir' => '$D/tmp/',
    'logging.handler' => 'file', 'logging.level' => SimpleSAML\Logger::INFO,
    'session.phpsession.savepath' => '$D/sessions',
    'secretsalt' => 'test-only-salt-0123456789', 'auth.adminpassword' => 'admin-secret',
    'technicalcontact_email' => 'na@example.org',
    'enable.saml20-idp' => true, 'trusted.url.domains' => [$TRUSTED],
    'module.enable' => ['exampleauth' => true, 'core' => true, 'saml' => true],
];
PHP
cat > "$D/config/authsources.php" <<'PHP'
<?php
$config = ['test-users' => [
    'exampleauth:UserPass',
    'alice:alice-pw' => ['uid' => ['alice'], 'mail' => ['alice@example.org'],
        'displayName' => ['Alice Admin'], 'groups' => ['meeting-admins', 'meeting-users']],
    'bob:bob-pw' => ['uid' => ['bob'], 'mail' => ['bob@example.org'],
        'displayName' => ['Bob User'], 'groups' => ['meeting-users']],
]];
PHP
cat > "$D/metadata/saml20-idp-hosted.php" <<PHP
<?php
\$metadata['$IDP/saml2/idp/metadata.php'] = [
    'host' => '__DEFAULT__', 'auth' => 'test-users', 'privatekey' => 'idp.key', 'certificate' => 'idp.crt',
    'saml20.sign.response' => true, 'saml20.sign.assertion' => true, 'sign.logout' => true,
    'SingleSignOnServiceBinding' => ['urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
                                     'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'],
    'SingleLogoutServiceBinding' => ['urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect'],
    'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic',
];
PHP
# With the SP's signing certificate, its AuthnRequests and logout messages must be signed by it.
if [ -n "$SP_CERT" ]; then
  CERT_DATA=$(sed -e '/-----/d' "$SP_CERT" | tr -d '\n\r ')
  CHECKS="'validate.authnrequest' => true, 'validate.logout' => true, 'certData' => '$CERT_DATA',"
else
  CHECKS="'validate.logout' => false,"
fi
{ echo '<?php'
  for SP in $SPS; do SP=${SP%/}; cat <<PHP
\$metadata['$SP/saml/metadata'] = [
    'AssertionConsumerService' => [['index' => 0, 'Location' => '$SP/saml/acs',
        'Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST']],
    'SingleLogoutService' => [['Location' => '$SP/saml/slo',
        'Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect']],
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
    'simplesaml.nameidattribute' => 'uid',
    'attributes' => ['uid', 'mail', 'displayName', 'groups'],
    $CHECKS
];
PHP
  done
} > "$D/metadata/saml20-sp-remote.php"
SIMPLESAMLPHP_CONFIG_DIR="$D/config" nohup php -d opcache.revalidate_freq=0 \
  -S "127.0.0.1:$PORT" -t /usr/share/simplesamlphp/www > "$D/php-server.log" 2>&1 &
echo $! > "$D/php.pid"
for _ in $(seq 100); do curl -fs -o /dev/null "$IDP/saml2/idp/metadata.php" && break; sleep 0.1; done
curl -fs -o "$D/idp-metadata.xml" "$IDP/saml2/idp/metadata.php"   # fails the script if the IdP is not up
echo "IdP up, pid $(cat "$D/php.pid"), metadata $IDP/saml2/idp/metadata.php, SPs: $SPS"

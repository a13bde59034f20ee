# Says where Parley is and how the first sign-in works (the same as /usr/share/doc/parley/README, "First steps").
# parley_started: yes when the service was started just now.
parley_host=$(hostname --fqdn 2>/dev/null || hostname)
if [ "${parley_started:-no}" = yes ]; then
    echo "Parley is starting: open https://$parley_host/ in a browser (HTTP on port 80 redirects there)."
elif [ -d /run/systemd/system ]; then
    echo "Parley is installed. Start it with: systemctl enable --now parley"
    echo "then open https://$parley_host/ in a browser (HTTP on port 80 redirects there)."
else
    echo "Parley is installed; this machine does not run systemd, so nothing was started (parley.service)."
fi
echo "Sign in as admin with the one-time password that the first start writes to"
echo "/var/lib/parley/initial-admin-password (root only); you then choose a password and enrol an authenticator."
echo "Firewall, certificates, settings and logs: /usr/share/doc/parley/README"

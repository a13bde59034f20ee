# What an installed .deb must look like: files, owners and modes, the user, conffiles, the enabled unit, the
# runtime's modules, and the unit's own checks. Sourced by packaging/test/install-test.sh.

check_layout() {
    check "launcher is root:root 755" stat_is /usr/lib/parley/bin/parley "root:root 755"
    check "Java runtime is shipped" test -x /usr/lib/parley/runtime/bin/java
    check "bundle set is shipped" test -f /usr/lib/parley/bin/parley-launcher.jar -a -d /usr/lib/parley/bundle
    local file
    for file in /usr/lib/systemd/system/parley.service /usr/lib/sysusers.d/parley.conf \
        /usr/lib/tmpfiles.d/parley.conf /usr/lib/sysctl.d/60-parley.conf /usr/lib/firewalld/services/parley.xml \
        /etc/ufw/applications.d/parley /usr/share/doc/parley/README /usr/share/doc/parley/copyright; do
        check "$file is root:root 644" stat_is "$file" "root:root 644"
    done
    check "no file of the package belongs to anyone but root" \
        bash -c '! dpkg-deb -c "$1" | awk "{print \$2}" | grep -v "^root/root$"' _ "$DEB"
    check "secrets folder is root:parley 750" stat_is /etc/parley/secrets "root:parley 750"
    for file in /var/lib/parley /var/cache/parley /var/log/parley; do
        check "$file is parley:parley 750" stat_is "$file" "parley:parley 750"
    done
}

check_user() {
    local entry
    entry=$(getent passwd parley)
    check "parley is a system user" test "$(cut -d: -f3 <<<"$entry")" -lt 1000
    check "parley lives in /var/lib/parley without a shell" \
        test "$(cut -d: -f6,7 <<<"$entry")" = "/var/lib/parley:/usr/sbin/nologin"
}

check_conffiles() {
    local listed
    listed=$(dpkg-query -W -f='${Conffiles}\n' parley | awk '{print $1}' | sort | paste -sd' ' -)
    check "conffiles are /etc/default/parley, the conf.d settings and the ufw profile" test "$listed" = \
        "/etc/default/parley /etc/parley/conf.d/org.parley.http.FrontDoor.cfg /etc/ufw/applications.d/parley"
    check "service is enabled for multi-user.target" \
        test -L /etc/systemd/system/multi-user.target.wants/parley.service
}

check_runtime_modules() {
    local listed actual
    listed=$(grep -v '^#' "$PACKAGING/common/runtime-modules" | grep -v '^$' | sort)
    actual=$(/usr/lib/parley/runtime/bin/java --list-modules | sed 's/@.*//' | sort)
    check "runtime holds every listed module" test -z "$(comm -23 <(echo "$listed") <(echo "$actual"))"
    figure "runtime modules" "$(wc -l <<<"$actual") ($(wc -l <<<"$listed") listed, the rest what they require)"
}

# The unit as systemd reads it, and its exposure score against the threshold written in packaging/README.md.
check_unit() {
    local threshold score
    check "systemd-analyze verify accepts the unit" systemd-analyze verify "$UNIT"
    threshold=$(sed -n 's/.*exposure threshold: \*\*\([0-9.]*\)\*\*.*/\1/p' "$PACKAGING/README.md")
    score=$(systemd-analyze security --offline=yes "$UNIT" 2>/dev/null |
        sed -n 's/.*exposure level for .*: \([0-9.]*\) .*/\1/p')
    figure "security exposure" "$score (threshold $threshold)"
    check "security exposure $score is at most $threshold" \
        systemd-analyze security --offline=yes --threshold="${threshold%.*}${threshold#*.}" "$UNIT"
}

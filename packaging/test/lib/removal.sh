# Removing and purging the .deb: remove keeps data and settings, purge leaves nothing of Parley but its system
# user (Debian keeps those). Sourced by packaging/test/install-test.sh, run from its exit trap.

PARLEY_PATHS=(/usr/lib/parley /usr/lib/systemd/system/parley.service /usr/lib/sysusers.d/parley.conf
    /usr/lib/tmpfiles.d/parley.conf /usr/lib/sysctl.d/60-parley.conf /usr/lib/firewalld/services/parley.xml
    /usr/share/doc/parley /usr/share/lintian/overrides/parley /etc/parley /etc/default/parley
    /etc/ufw/applications.d/parley /var/lib/parley /var/cache/parley /var/log/parley /run/parley
    /etc/systemd/system/multi-user.target.wants/parley.service /etc/systemd/system/parley.service
    /var/lib/systemd/deb-systemd-helper-enabled/parley.service.dsh-also
    /var/lib/systemd/deb-systemd-helper-enabled/multi-user.target.wants/parley.service
    /var/lib/systemd/deb-systemd-helper-masked/parley.service)

check_remove() {
    check "dpkg removes parley" dpkg --remove parley
    check "remove takes the program away" gone /usr/lib/parley /usr/lib/systemd/system/parley.service
    check "remove keeps data and settings" test -d /var/lib/parley/db -a -f /etc/default/parley
}

check_purge() {
    check "dpkg purges parley" dpkg --purge parley
    check "dpkg forgets parley" bash -c '! dpkg-query -W parley 2>/dev/null'
    check "purge leaves nothing of Parley" gone "${PARLEY_PATHS[@]}"
    check "no file of the parley user is left" \
        test -z "$(find /etc /var /usr /run /tmp -xdev -user parley -print -quit 2>/dev/null)"
}

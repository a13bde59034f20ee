# The .rpm: what rpm says about it (scripts, requirements, files), then a real install and erase in a scratch root
# (lib/rpm-root.sh) so that its scriptlets run. Sourced by packaging/test/install-test.sh.

check_rpm_query() {
    local scripts requires files
    scripts=$(rpm -qp --scripts "$RPM" 2>/dev/null)
    requires=$(rpm -qp --requires "$RPM" 2>/dev/null)
    files=$(rpm -qp -l "$RPM" 2>/dev/null)
    check "rpm %pre creates the user (sysusers line or useradd)" contains "$scripts" \
        "u parley - \"Parley video meeting appliance\" /var/lib/parley /usr/sbin/nologin"
    check "rpm %post follows %systemd_post (presets)" contains "$scripts" "install-system-units parley.service"
    check "rpm %postun restarts after an upgrade" contains "$scripts" "mark-restart-system-units parley.service"
    check "rpm %pre backs up before an upgrade" contains "$scripts" "parleyctl backup"
    check "rpm requires glibc only, not the runtime's own or desktop libraries" \
        bash -c '! grep -E "lib(jvm|java|jli|X11|asound)" <<<"$1"' _ "$requires"
    check "rpm holds the launcher, unit, sysusers and settings" bash -c 'for f in /usr/lib/parley/bin/parley \
        /usr/lib/systemd/system/parley.service /usr/lib/sysusers.d/parley.conf /etc/default/parley \
        /etc/parley/conf.d/org.parley.http.FrontDoor.cfg; do grep -qx "$f" <<<"$1" || exit 1; done' _ "$files"
    check "rpm marks the settings as noreplace config" \
        test "$(rpm -qp --configfiles "$RPM" 2>/dev/null | wc -l)" -eq 3
    check "rpmlint finds no error or warning (each filter explained in packaging/rpm/parley.rpmlintrc)" \
        bash -c 'rpmlint -r "$1" "$2" > "$3" 2>&1; grep -q " 0 errors, 0 warnings," "$3" || { cat "$3"; exit 1; }' \
        _ "$PACKAGING/rpm/parley.rpmlintrc" "$RPM" "$WORK/rpmlint.log"
}

check_rpm_root() {
    local scratch=$WORK/rpm-root out
    rm -rf "$scratch"
    # Without systemd's tools (a container), so the scriptlets' useradd and tmpfiles-reading fallbacks run here,
    # while the .deb on this machine takes systemd-sysusers and systemd-tmpfiles.
    out=$(rpm_root_run "$scratch" 'rm "$ROOT/usr/bin/systemd-sysusers" "$ROOT/usr/bin/systemd-tmpfiles"
        rpm --root "$ROOT" --initdb
        rpm --root "$ROOT" --install --nodeps --force-debian "'"$RPM"'" 2>&1 |
            grep -v "should not be used\|However assuming"
        rpm --root "$ROOT" --verify --nodeps parley && echo "verified"' 2>&1)
    check "rpm installs into a scratch root, scriptlets and all" contains "$out" "verified"
    check "rpm %post says how to start and sign in" contains "$out" "initial-admin-password"
    check "rpm %pre made the parley user" grep -q \
        '^parley:x:[0-9]*:[0-9]*:Parley video meeting appliance:/var/lib/parley:/usr/sbin/nologin$' \
        "$scratch/root/etc/passwd"
    check "rpm state folders are parley's, 750" rpm_root_owner "$scratch/root" /var/lib/parley "parley:parley 750"
    check "rpm secrets folder is root:parley, 750" rpm_root_owner "$scratch/root" /etc/parley/secrets "root:parley 750"
    check "rpm %post made the backup key, root:root 600" rpm_root_owner "$scratch/root" /etc/parley/secrets/backup.key \
        "root:root 600"
    out=$(rpm_root_run "$scratch" 'rpm --root "$ROOT" --erase --nodeps --force-debian parley 2>&1
        test ! -e "$ROOT/usr/lib/parley" && echo "erased"' 2>&1)
    check "rpm erases from the scratch root, scriptlets and all" contains "$out" "erased"
    rm -rf "$scratch"
}

# rpm_root_owner ROOT PATH "owner:group mode": names resolved through the scratch root's own passwd and group.
rpm_root_owner() {
    local uid gid mode
    read -r uid gid mode < <(stat -c '%u %g %a' "$1$2")
    local actual
    actual="$(awk -F: -v id="$uid" '$3 == id {print $1}' "$1/etc/passwd"):$(awk -F: -v id="$gid" \
        '$3 == id {print $1}' "$1/etc/group") $mode"
    [ "$actual" = "$3" ] || { echo "$2 is $actual, expected $3"; return 1; }
}

# check_rpm_upgrade NEXT_RPM: in a scratch root of its own, the .rpm installed, then upgraded to NEXT_RPM: the
# upgrade's %pre takes the automatic backup with the installed (old) parleyctl, here offline (Parley never started
# in the scratch root, so it holds the keys and settings), before rpm replaces the program.
check_rpm_upgrade() {
    local scratch=$WORK/rpm-upgrade out
    rm -rf "$scratch"
    out=$(rpm_root_run "$scratch" 'rm "$ROOT/usr/bin/systemd-sysusers" "$ROOT/usr/bin/systemd-tmpfiles"
        rpm --root "$ROOT" --initdb
        rpm --root "$ROOT" --install --nodeps --force-debian "'"$RPM"'" >/dev/null 2>&1
        rpm --root "$ROOT" --upgrade --nodeps --force-debian "'"$1"'" 2>&1 |
            grep -v "should not be used\|However assuming"
        echo "backups: $(ls "$ROOT"/var/lib/parley/backup/)"
        echo "version: $(cat "$ROOT/usr/lib/parley/VERSION")"' 2>&1)
    check "rpm %pre took the backup before the upgrade" contains "$out" "backups: pre-upgrade-.*\.pbk"
    check "rpm upgraded the program" contains "$out" "version: .*+upgrade"
    rm -rf "$scratch"
}

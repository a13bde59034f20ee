# The upgrade and the way back: a second version built from the same staged tree, installed with dpkg over the
# running service (the automatic pre-upgrade backup, data and an edited conffile kept, the service started again),
# then a start that fails on a setting (exit 78, the unit stays down, the log names the cause) and starts again once
# the setting is fixed. Sourced by packaging/test/install-test.sh.

BACKUP_KEY=/etc/parley/secrets/backup.key

# The install made the key of the automatic backups: 32 bytes, root's alone.
check_backup_key() {
    check "postinst made the backup key, root:root 600" stat_is "$BACKUP_KEY" "root:root 600"
    check "the backup key is 32 bytes" test "$(stat -c %s "$BACKUP_KEY")" -eq 32
}

# check_upgrade: needs the service stopped, DEB installed, and check_rest's admin, user and meeting.
check_upgrade() {
    local old new next_deb backups started
    old=$(dpkg-query -W -f '${Version}' parley)
    new="${old%-*}+upgrade"
    started=$SECONDS
    require "build.sh builds version $new from the same stage" \
        "$PACKAGING/build.sh" --version "$new" --revision 2 --out "$WORK/packages-next"
    figure "second build seconds" $((SECONDS - started))
    next_deb=$(ls "$WORK"/packages-next/parley_*_amd64.deb)
    unit_start "$WORK/console-before-upgrade.log"
    require "the service is healthy before the upgrade" await_health
    started=$SECONDS
    check "dpkg upgrades over the running service (--force-confold)" bash -c \
        'dpkg --force-confold --install "$1" > "$2" 2>&1 || { cat "$2"; exit 1; }' _ "$next_deb" "$WORK/upgrade.log"
    figure "upgrade seconds (with the backup)" $((SECONDS - started))
    check "the package is the new version" test "$(dpkg-query -W -f '${Version}' parley)" = "$new-2"
    check "the program says the new version" test "$(cat /usr/lib/parley/VERSION)" = "$new"
    check "preinst announced the backup" grep -q "backing up before the upgrade" "$WORK/upgrade.log"
    backups=$(ls /var/lib/parley/backup/pre-upgrade-"${old%-*}"-*.pbk 2>/dev/null)
    check "the pre-upgrade backup is there, root's, 600" stat_is "$backups" "root:root 600"
    check "the backup was taken from the running service" grep -q "made while Parley ran" "$WORK/upgrade.log"
    check "the new parleyctl verifies it with the install key" as_admin /usr/bin/parleyctl restore "$backups" \
        --key-file "$BACKUP_KEY" --verify-only
    check "the backup holds the unit's edited environment file" backup_holds_environment "$backups" \
        "$WORK/pre-upgrade-extracted"
    check "the edited conffile kept its edit" grep -q '^PARLEY_HEAP="-Xms64m -Xmx384m"' /etc/default/parley
    check "the front door conffile kept the test's port" grep -q "^httpsPort=$HTTPS_PORT" \
        /etc/parley/conf.d/org.parley.http.FrontDoor.cfg
    # Without systemd here the upgraded program is started as postinst's restart would.
    unit_stop
    unit_start "$WORK/console-after-upgrade.log"
    require "the upgraded service is healthy" await_health
    check "the user made before the upgrade signs in" sign_in nurse.ratched "$USER_PASSWORD"
    while [ "$(totp_step)" -le "$ADMIN_TOTP_STEP" ]; do sleep 1; done
    check "the admin signs in after the upgrade" sign_in admin "$ADMIN_PASSWORD" \
        "$(totp "$ADMIN_TOTP" "$(totp_step)")"
    check "the meeting made before the upgrade is there" meeting_title_is "$MEETING_ID" "Ward round"
    unit_stop
}

# backup_holds_environment BACKUP DIR: the backup, extracted to DIR, has /etc/default/parley with the test's edit.
backup_holds_environment() {
    as_admin /usr/bin/parleyctl restore "$1" --key-file "$BACKUP_KEY" --extract "$2" > /dev/null &&
        grep -q '^PARLEY_HEAP="-Xms64m -Xmx384m"' "$2/etc/default/parley"
}

# check_failed_start: a port another process holds, set in the front door's conffile, ends the start with 78 (which
# RestartPreventExitStatus= keeps down) and a line naming the port; freed, the service starts again.
check_failed_start() {
    local holder
    socat TCP-LISTEN:"$HTTPS_PORT",bind=127.0.0.1,reuseaddr,fork /dev/null &
    holder=$!
    for _ in $(seq 50); do ss -Hltn "sport = :$HTTPS_PORT" | grep -q . && break; sleep 0.1; done
    check "the unit keeps a configuration error down" contains "$(unit_value RestartPreventExitStatus)" 78
    unit_start "$WORK/console-failed.log"
    for _ in $(seq 600); do unit_running || break; sleep 0.2; done
    UNIT_STATUS=0
    wait "$UNIT_PID" || UNIT_STATUS=$?
    check "a start on a taken port ends with 78" test "$UNIT_STATUS" -eq 78
    check "its last words name the cause" grep -q "parley: configuration error: .*$HTTPS_PORT" \
        "$WORK/console-failed.log"
    kill "$holder" 2>/dev/null
    wait "$holder" 2>/dev/null
    unit_start "$WORK/console-fixed.log"
    check "with the port free again it starts" await_health
    unit_stop
}

meeting_title_is() {
    local title
    title=$(expect 200 GET "/meetings/$1" | jq -r .title)
    [ "$title" = "$2" ] || { echo "meeting $1 is '$title', not '$2'"; return 1; }
}

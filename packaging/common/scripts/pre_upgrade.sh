# The automatic backup before an upgrade replaces the program: taken by the installed (old) parleyctl, online when
# the service runs, else from the stopped database's folder; sealed with /etc/parley/secrets/backup.key; kept in
# /var/lib/parley/backup/pre-upgrade-<old version>-<UTC time>.pbk, the newest 3 of them. A failed backup stops the
# upgrade before anything is replaced. (No percent signs here: the .rpm's spec reads this file as macros.)
# PARLEY_UPGRADE_BACKUP=no in the environment of apt, dpkg or rpm skips it (e.g. PostgreSQL while Parley is stopped,
# which only the running service can dump), after a backup taken by hand.
parley_backup_dir=/var/lib/parley/backup
if [ "${PARLEY_UPGRADE_BACKUP:-yes}" = no ]; then
    echo "Parley: no backup before the upgrade (PARLEY_UPGRADE_BACKUP=no)."
elif [ -x /usr/lib/parley/bin/parleyctl ] && /usr/lib/parley/bin/parleyctl backup --help >/dev/null 2>&1; then
    parley_old=$(cat /usr/lib/parley/VERSION 2>/dev/null || echo unknown)
    parley_stamp=$(date -u -Iseconds | tr -d ':-' | cut -c1-15)
    parley_backup=$parley_backup_dir/pre-upgrade-$parley_old-$parley_stamp.pbk
    install -d -m 0750 -o parley -g parley "$parley_backup_dir" 2>/dev/null || mkdir -p "$parley_backup_dir"
    echo "Parley: backing up before the upgrade to $parley_backup"
    if ! PARLEY_DEFAULTS=/etc/default/parley /usr/lib/parley/bin/parleyctl backup "$parley_backup" \
            --key-file /etc/parley/secrets/backup.key; then
        echo "Parley: the automatic backup before the upgrade failed (the reason is above), so the upgrade stops" >&2
        echo "here and nothing was replaced. Fix the cause (e.g. free disk space in $parley_backup_dir) and" >&2
        echo "upgrade again; or take a backup by hand ('parleyctl backup --help') and upgrade with" >&2
        echo "PARLEY_UPGRADE_BACKUP=no in the environment." >&2
        exit 1
    fi
    ls -1t "$parley_backup_dir"/pre-upgrade-*.pbk 2>/dev/null | tail -n +4 | while read -r parley_old_backup; do
        rm -f "$parley_old_backup"
    done
else
    echo "Parley: the installed version cannot make a backup (no parleyctl backup); upgrading without one."
fi

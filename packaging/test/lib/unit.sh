# Starts the installed parley.service the way systemd would, on a machine without a running systemd: its own
# ExecStart, Environment and EnvironmentFile, User and Group, UMask, LimitNOFILE, Nice and capabilities, with no new
# privileges, in a mount namespace where /usr and /etc are read-only (ProtectSystem=strict), /tmp is private
# (PrivateTmp) and /home and /root are empty (ProtectHome). Sourced by packaging/test/install-test.sh.

UNIT=/usr/lib/systemd/system/parley.service

# unit_value KEY: the values of every KEY= line of the unit, one per line.
unit_value() { sed -n "s/^$1=//p" "$UNIT"; }

# The service environment: Environment= words, then EnvironmentFile= lines (which win, as in systemd).
unit_environment() {
    local file
    unit_value Environment | tr ' ' '\n'
    for file in $(unit_value EnvironmentFile); do
        file=${file#-}
        [ -r "$file" ] && grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$file" | sed -E 's/^([^=]*)="(.*)"$/\1=\2/'
    done
}

# unit_start LOG [WRAPPER...]: starts the service in the background with its console in LOG; the wrapper (e.g.
# strace) runs as the service user in front of ExecStart. Sets UNIT_PID (the JVM, or the wrapper).
unit_start() {
    local log=$1 user caps
    shift
    user=$(unit_value User)
    caps=$(unit_value AmbientCapabilities | tr 'A-Z' 'a-z' | sed -e 's/cap_//g' -e 's/ /,+/g')
    # RuntimeDirectory=, as systemd creates it for each start.
    install -d -m "$(unit_value RuntimeDirectoryMode)" -o "$user" -g "$(unit_value Group)" /run/parley
    local environment=()
    mapfile -t environment < <(unit_environment)
    unshare --mount --propagation private -- sh -c '
        set -e
        for dir in /usr /etc; do mount --bind "$dir" "$dir"; mount -o remount,bind,ro "$dir"; done
        mount -t tmpfs -o mode=1777 tmpfs /tmp
        for dir in /home /root; do mount -t tmpfs -o mode=0755 tmpfs "$dir"; done
        umask "$1"
        # A container without CAP_SYS_RESOURCE cannot raise the hard limit to LimitNOFILE: take what it allows.
        ulimit -n "$2" 2>/dev/null || ulimit -n "$(ulimit -Hn)"
        shift 2
        exec "$@"' unit "$(unit_value UMask)" "$(unit_value LimitNOFILE)" nice -n "$(unit_value Nice)" \
        setpriv --reuid="$user" --regid="$(unit_value Group)" --init-groups --inh-caps=-all,+"$caps" \
            --ambient-caps=-all,+"$caps" --bounding-set=-all,+"$caps" --no-new-privs \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "${environment[@]}" "$@" $(unit_value ExecStart) \
        > "$log" 2>&1 &
    UNIT_PID=$!
}

# unit_stop [PID]: SIGTERM to PID (default: UNIT_PID), as systemctl stop sends it, then waits for the service to
# end, and like systemd sends SIGKILL when it has not within TimeoutStopSec; sets UNIT_STATUS to its exit status.
unit_stop() {
    local deadline=$((SECONDS + $(unit_value TimeoutStopSec)))
    kill -TERM "${1:-$UNIT_PID}" 2>/dev/null || true
    while unit_running && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    unit_running && kill -KILL "${1:-$UNIT_PID}" "$UNIT_PID" 2>/dev/null
    UNIT_STATUS=0
    wait "$UNIT_PID" || UNIT_STATUS=$?
}

# Whether the started process still runs (an ended child stays a zombie until waited for).
unit_running() {
    local state
    state=$(awk '{print $3}' "/proc/$UNIT_PID/stat" 2>/dev/null)
    [ -n "$state" ] && [ "$state" != Z ]
}

# The installed service at work: started as its unit says (lib/unit.sh) on free loopback ports, healthy over HTTPS,
# used through REST, sandboxed as intended, stopped by SIGTERM. Sourced by packaging/test/install-test.sh.

# A TCP (or with -u, UDP) port nobody listens on.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        [ -z "$(ss -Hln${1:-t} "sport = :$port")" ] && echo "$port" && return
    done
}

# Edits the installed settings as an admin would: free loopback ports in the front door's conffile (Parley must never
# take the machine's 443/80, or the media defaults, while other tests or a dev instance may run), and a smaller heap
# in /etc/default/parley, which shows that the unit's EnvironmentFile is read.
configure_for_test() {
    sed -i 's/^#PARLEY_HEAP=.*/PARLEY_HEAP="-Xms64m -Xmx384m"/' /etc/default/parley
    HTTPS_PORT=$(free_port)
    REST_BASE=https://127.0.0.1:$HTTPS_PORT/api/v1
    sed -i -e "s/^httpsPort=.*/httpsPort=$HTTPS_PORT/" -e "s/^httpPort=.*/httpPort=$(free_port)/" \
        /etc/parley/conf.d/org.parley.http.FrontDoor.cfg
    echo "bindAddress=127.0.0.1" >> /etc/parley/conf.d/org.parley.http.FrontDoor.cfg
    printf 'udpPort=%s\ntcpPort=%s\nbindAddress=127.0.0.1\npublicAddress=127.0.0.1\n' "$(free_port u)" \
        "$(free_port)" > /etc/parley/conf.d/org.parley.media.Transport.cfg
}

# await_health: waits (at most 120 s) until /api/v1/health answers UP, or the started service ends.
await_health() {
    local deadline=$((SECONDS + 120))
    while [ $SECONDS -lt $deadline ]; do
        unit_running || { echo "the service ended"; return 1; }
        [ "$(curl -ks "$REST_BASE/health" | jq -r .status 2>/dev/null)" = UP ] && return 0
        sleep 0.5
    done
    echo "not healthy after 120 s: $(curl -ks "$REST_BASE/health" | head -c 600)"
    return 1
}

# How the service runs: as parley, on the packaged runtime, with the EnvironmentFile's heap, CAP_NET_BIND_SERVICE
# alone and no new privileges, nothing for others in its folders.
check_sandbox() {
    local pid=$1 status
    status=$(cat "/proc/$pid/status")
    check "service runs as parley" test "$(stat -c %U "/proc/$pid")" = parley
    check "it runs on the shipped Java runtime" \
        test "$(readlink "/proc/$pid/exe")" = /usr/lib/parley/runtime/bin/java
    check "it took its heap from /etc/default/parley" contains "$(tr '\0' ' ' < "/proc/$pid/cmdline")" "-Xmx384m"
    check "its only capability is CAP_NET_BIND_SERVICE" contains "$status" $'CapEff:\t0000000000000400'
    check "it cannot gain privileges" contains "$status" $'NoNewPrivs:\t1'
    check "it runs at the unit's priority (Nice=$(unit_value Nice))" \
        test "$(ps -o ni= -p "$pid" | tr -d ' ')" = "$(unit_value Nice)"
    check "its files are closed to others (UMask 0027)" \
        test -z "$(find /var/lib/parley /var/log/parley /var/cache/parley -perm /o+rwx -print -quit)"
}

# The README's first sign-in, then a user and a meeting, all through REST. Sets USER_PASSWORD.
check_rest() {
    local initial
    check "initial admin password file is parley's, 600" stat_is /var/lib/parley/initial-admin-password \
        "parley:parley 600"
    initial=$(cat /var/lib/parley/initial-admin-password)
    check "initial admin signs in, sets a password and enrols TOTP" first_admin "$initial" "pkg-Keeper-$RANDOM-$$"
    USER_PASSWORD=$(create_user nurse.ratched)
    check "admin creates a user through REST" test -n "$USER_PASSWORD"
    MEETING_ID=$(create_meeting 'Ward round')
    check "admin creates a meeting through REST" test -n "$MEETING_ID"
}

# parleyctl as an admin runs it: /usr/bin/parleyctl as root with the unit's environment (the wrapper reads
# /etc/default/parley itself), against the running installed service; Parley's own user is refused by the peer check.
check_parleyctl() {
    check "parleyctl on the PATH is the installed one" \
        test "$(readlink -f /usr/bin/parleyctl)" = /usr/lib/parley/bin/parleyctl
    check "parleyctl status answers, exit 0" as_admin /usr/bin/parleyctl status
    check "parleyctl config get answers, exit 0" as_admin /usr/bin/parleyctl config get org.parley.http.FrontDoor
    check "parleyctl config get shows the conffile's port" \
        test "$(as_admin /usr/bin/parleyctl config get org.parley.http.FrontDoor httpsPort)" = "$HTTPS_PORT"
    check "parleyctl as parley is refused (exit 77)" exits 77 setpriv --reuid=parley --regid=parley --clear-groups \
        /usr/bin/parleyctl status
}

# as_admin COMMAND...: as root, with only the unit's environment.
as_admin() {
    local environment=()
    mapfile -t environment < <(unit_environment)
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "${environment[@]}" "$@"
}

# exits STATUS COMMAND...: the command ends with exactly STATUS.
exits() {
    local want=$1 got=0
    shift
    "$@" > /dev/null 2>&1 || got=$?
    [ "$got" -eq "$want" ] || { echo "exit $got, not $want"; return 1; }
}

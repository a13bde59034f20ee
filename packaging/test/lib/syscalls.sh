# The unit's SystemCallFilter= against what the JVM really calls: the service is restarted under strace (as its
# user, inside the same sandbox), used, stopped, and every system call it made must be one the filter allows.
# There is no systemd here to apply the filter itself. Sourced by packaging/test/install-test.sh.

# expand_group @GROUP: the system calls of a systemd group, nested groups resolved.
expand_group() {
    local entry
    systemd-analyze syscall-filter "$1" | sed -n '2,$p' | sed 's/^ *//' | grep -v -e '^#' -e '^$' |
        while read -r entry; do
            case $entry in @*) expand_group "$entry" ;; *) echo "$entry" ;; esac
        done
}

# The unit's allow-list (its first SystemCallFilter= line) less what its "~" lines deny, sorted.
allowed_syscalls() {
    local line allow deny
    allow=$(mktemp) deny=$(mktemp)
    while read -r line; do
        if [ "${line#\~}" != "$line" ]; then
            for group in ${line#\~}; do expand_group "$group"; done >> "$deny"
        else
            for group in $line; do expand_group "$group"; done >> "$allow"
        fi
    done < <(unit_value SystemCallFilter)
    comm -23 <(sort -u "$allow") <(sort -u "$deny")
    rm -f "$allow" "$deny"
}

check_restart_syscalls() {
    local trace=/var/log/parley/syscalls.trace used
    unit_start "$WORK/console-strace.log" strace -f -qq -o "$trace"
    # The JVM is strace's child (strace itself went through the same exec chain as the service).
    for _ in $(seq 100); do JVM_PID=$(pgrep -P "$UNIT_PID" -x java) && break; sleep 0.1; done
    require "the service's JVM runs under strace" test -n "$JVM_PID"
    require "the service is healthy again, under strace" await_health
    check "the user made before the restart is still there" sign_in nurse.ratched "$USER_PASSWORD"
    unit_stop "$JVM_PID"
    used=$(sed -E 's/^[0-9]+ +//' "$trace" | grep -oE '^[a-z_0-9]+\(' | tr -d '(' | sort -u)
    figure "system calls the service made" "$(wc -l <<<"$used")"
    check "the JVM lives with SystemCallFilter: every call it made is allowed" \
        bash -c 'not=$(comm -23 <(echo "$1") <(echo "$2")); [ -z "$not" ] || { echo "not allowed: $not"; exit 1; }' \
        _ "$used" "$(allowed_syscalls)"
    rm -f "$trace"
}

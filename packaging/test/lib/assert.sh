# Checks of the install test. Each check prints its outcome; summary closes the run with "N passed, N failed".
# Sourced by packaging/test/install-test.sh.

passed=0
failed=0

CHECK_OUTPUT=$(mktemp)

# check DESCRIPTION COMMAND...: runs the command in this shell (what it sets stays set); its output is shown only
# when it fails.
check() {
    local what=$1
    shift
    if "$@" > "$CHECK_OUTPUT" 2>&1; then
        passed=$((passed + 1))
        echo "  ok    $what"
    else
        failed=$((failed + 1))
        echo "  FAIL  $what"
        tail -n 20 "$CHECK_OUTPUT" | sed 's/^/        /'
        return 1
    fi
}

# require DESCRIPTION COMMAND...: a check the rest of the test cannot do without.
require() {
    check "$@" || { echo "install test: cannot go on" >&2; exit 1; }
}

# stat_is PATH "owner:group mode"
stat_is() {
    local actual
    actual=$(stat -c '%U:%G %a' "$1") || return 1
    [ "$actual" = "$2" ] || { echo "$1 is $actual, expected $2"; return 1; }
}

# gone PATH...: none of the paths exists (not even as a dangling link).
gone() {
    local path left=0
    for path in "$@"; do
        if [ -e "$path" ] || [ -L "$path" ]; then
            echo "left: $path"
            left=1
        fi
    done
    return $left
}

contains() { grep -q -- "$2" <<<"$1" || { echo "no '$2' in: $1"; return 1; }; }

summary() {
    rm -f "$CHECK_OUTPUT"
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

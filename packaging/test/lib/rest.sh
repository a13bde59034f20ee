# Parley's REST API as a script uses it (the root README's first sign-in): sign-in with the one-time password, a new
# password, TOTP enrolment, then a full session that creates a user and a meeting. Sourced by
# packaging/test/install-test.sh; needs curl, jq, openssl, base32 and od.

REST_JAR=$(mktemp)
REST_CSRF=

# rest METHOD PATH [JSON]: prints the answer's body, then its status on a line of its own.
rest() {
    local data=()
    [ $# -lt 3 ] || data=(-d "$3")
    curl -ks -b "$REST_JAR" -c "$REST_JAR" -H 'Content-Type: application/json' -H "X-CSRF-Token: $REST_CSRF" \
        -X "$1" "${data[@]}" -w '\n%{http_code}' "$REST_BASE$2"
}

# expect STATUS METHOD PATH [JSON]: prints the body when the status is the expected one, else fails saying both.
expect() {
    local status=$1 answer
    shift
    answer=$(rest "$@")
    if [ "$(tail -n1 <<<"$answer")" != "$status" ]; then
        echo "$1 $2: expected $status, got $(tail -n1 <<<"$answer"): $(sed '$d' <<<"$answer" | head -c 400)" >&2
        return 1
    fi
    sed '$d' <<<"$answer"
}

# sign_in USER PASSWORD [CODE]: a session in the cookie jar; keeps its CSRF token.
sign_in() {
    local body
    body=$(jq -n --arg u "$1" --arg p "$2" --arg c "${3:-}" \
        '{username: $u, password: $p} + if $c == "" then {} else {code: $c} end')
    REST_CSRF=$(expect 200 POST /auth/sign-in "$body" | jq -r .csrfToken) && [ -n "$REST_CSRF" ]
}

# totp SECRET STEP: the RFC 6238 code (HMAC-SHA-1, 6 digits, RFC 4226 section 5.3 truncation) of a 30-second step.
totp() {
    local secret=$1 key message mac offset
    while [ $((${#secret} % 8)) -ne 0 ]; do secret+='='; done
    key=$(printf '%s' "$secret" | base32 -d | od -An -v -tx1 | tr -d ' \n')
    message=$(printf '%016x' "$2" | sed 's/../\\x&/g')
    mac=$(printf "$message" | openssl mac -digest SHA1 -macopt "hexkey:$key" HMAC)
    offset=$(( 16#${mac:39:1} * 2 ))
    printf '%06d' $(( (16#${mac:offset:8} & 0x7fffffff) % 1000000 ))
}

totp_step() { echo $(( $(date +%s) / 30 )); }

# first_admin INITIAL NEW: the initial admin's first sign-in (new password, TOTP), then a full session.
# TOTP codes are accepted once and within a step either side: enrol with this step's, sign in with the next one's.
first_admin() {
    local secret step
    sign_in admin "$1" || return 1
    expect 204 POST /account/password "$(jq -n --arg c "$1" --arg n "$2" '{current: $c, new: $n}')" >/dev/null \
        || return 1
    secret=$(expect 200 POST /account/mfa/totp | jq -r .secret) || return 1
    step=$(totp_step)
    expect 200 POST /account/mfa/totp/confirm "{\"code\": \"$(totp "$secret" "$step")\"}" >/dev/null || return 1
    sign_in admin "$2" "$(totp "$secret" $((step + 1)))" || return 1
    # Kept for a later sign-in (the upgrade): each code is taken once, so that one uses a later step.
    ADMIN_PASSWORD=$2 ADMIN_TOTP=$secret ADMIN_TOTP_STEP=$((step + 1))
}

create_user() {
    expect 201 POST /users "$(jq -n --arg u "$1" '{username: $u, displayName: $u, email: ($u + "@example.org"),
        roles: ["member"]}')" | jq -r .oneTimePassword
}

create_meeting() {
    expect 201 POST /meetings "$(jq -n --arg t "$1" --arg s "$(date -u -d '+10 min' +%Y-%m-%dT%H:%M:%SZ)" \
        '{title: $t, start: $s, durationMinutes: 30, timeZone: "Europe/Berlin"}')" | jq -r .id
}

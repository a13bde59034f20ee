# Creates Parley's folders with the owners and modes of its tmpfiles.d file: through systemd-tmpfiles where the
# machine has it, else by reading the file's "d" lines.
if command -v systemd-tmpfiles >/dev/null 2>&1; then
    systemd-tmpfiles --create /usr/lib/tmpfiles.d/parley.conf
else
    grep '^d ' /usr/lib/tmpfiles.d/parley.conf | while read -r _ path mode owner group _; do
        mkdir -p "$path" && chown "$owner:$group" "$path" && chmod "$mode" "$path"
    done
fi

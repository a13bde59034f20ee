# Shared by the test-server scripts (sourced, not run): stopping a server by its pid file.

# stop PIDFILE: ends the process named in the file and waits until it is gone or a zombie (PID 1 reaps late
# here, but a zombie holds no ports). No file, or a process already gone: nothing to do.
stop() {
    _pid=$(cat "$1" 2>/dev/null) || return 0
    kill "$_pid" 2>/dev/null || return 0
    for _ in $(seq 50); do
        case "$(cut -d' ' -f3 "/proc/$_pid/stat" 2>/dev/null)" in ""|Z) return 0;; esac
        sleep 0.1
    done
    echo "process $_pid did not stop within 5 s" >&2
    return 1
}

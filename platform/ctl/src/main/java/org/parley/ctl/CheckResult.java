package org.parley.ctl;

/**
 * One line of {@code parleyctl check}.
 *
 * @param status OK, WARN, FAIL or UNKNOWN (only FAIL makes the exit status 1)
 * @param fix what to do about anything but OK; empty when nothing
 */
record CheckResult(String name, String status, String detail, String fix) {

    static CheckResult ok(String name, String detail) {
        return new CheckResult(name, "OK", detail, "");
    }

    static CheckResult warn(String name, String detail, String fix) {
        return new CheckResult(name, "WARN", detail, fix);
    }

    static CheckResult fail(String name, String detail, String fix) {
        return new CheckResult(name, "FAIL", detail, fix);
    }

    static CheckResult unknown(String name, String detail, String fix) {
        return new CheckResult(name, "UNKNOWN", detail, fix);
    }

    boolean failed() {
        return status.equals("FAIL");
    }
}

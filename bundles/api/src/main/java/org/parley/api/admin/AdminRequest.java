package org.parley.api.admin;

import java.util.Map;
import java.util.Objects;

/**
 * A call of an {@link AdminCommand}.
 *
 * @param command the command's name
 * @param arguments the arguments by name, never null (values as the caller sent them)
 * @param caller who called, as the audit trail names them, e.g. {@code "root (uid 0, parleyctl pid 4242)"}
 */
public record AdminRequest(String command, Map<String, String> arguments, String caller) {

    public AdminRequest {
        Objects.requireNonNull(command, "command");
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(caller, "caller");
    }

    /** The argument, or {@code fallback} when it was not given. */
    public String argument(String name, String fallback) {
        return arguments.getOrDefault(name, fallback);
    }
}

package org.parley.api.admin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One command of the local admin socket, registered as a service with the property {@link #NAME} (for example
 * {@code "status"}, {@code "config.get"}, {@code "backup.snapshot"}). The socket calls {@link #run} on its own worker
 * thread, one call at a time per connection, after it has checked the caller is root and before it writes the call's
 * audit record; the command never audits the call itself.
 */
@ConsumerType
public interface AdminCommand {

    /** Service property: the command's name as {@code parleyctl} sends it. */
    String NAME = "parley.admin.command";

    /**
     * Runs the command.
     *
     * @param request the arguments and who called
     * @return what the caller is told: a value Jackson writes as JSON (records, maps, lists, strings, numbers)
     * @throws AdminCommandException when the command cannot be done; its message is shown to the caller as is
     */
    Object run(AdminRequest request) throws AdminCommandException;
}

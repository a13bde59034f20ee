package org.parley.auth.internal.breakglass;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.FirstRun;
import org.parley.auth.internal.password.ShiroPasswordHasher;
import org.parley.auth.internal.store.Jdbc;
import org.parley.store.api.Database;

/**
 * Admin command {@code admin.reset} ({@code parleyctl admin reset}): the break-glass of {@link ResetAdmin}, done in
 * the running service, so nobody has to stop Parley to get back in. The new one-time password goes to the file
 * only, never into the reply or a log; the reply names the file. Audited at once as {@code auth.break-glass}.
 */
@Component(property = AdminCommand.NAME + "=admin.reset")
public class AdminResetCommand implements AdminCommand {

    /** Where the password is, for whom. */
    public record Reset(String username, String passwordFile) {
    }

    private final AuthCore core;
    private final Database database;
    private final Path varLib;

    @Activate
    public AdminResetCommand(@Reference AuthCore core, @Reference Database database, BundleContext context) {
        this.core = core;
        this.database = database;
        this.varLib = Path.of(context.getProperty("parley.var.lib"));
    }

    @Override
    public Reset run(AdminRequest request) throws AdminCommandException {
        try {
            AuthServices services = core.services();
            Path file = ResetAdmin.issue(new Jdbc(database.dataSource()), new ShiroPasswordHasher(), varLib,
                    services.clock.millis());
            services.guard.unlock(FirstRun.ADMIN);
            services.audit.success(request.caller(), null, "auth.break-glass", FirstRun.ADMIN,
                    Map.of("file", file.toString(), "via", "parleyctl admin reset"));
            return new Reset(FirstRun.ADMIN, file.toString());
        } catch (ProblemException e) {
            throw new AdminCommandException(69, e.detail());
        }
    }
}

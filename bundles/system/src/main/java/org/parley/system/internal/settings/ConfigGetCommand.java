package org.parley.system.internal.settings;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;

/** Admin command {@code config.get}: arguments {@code pid} and {@code attribute}, both optional. */
@Component(property = AdminCommand.NAME + "=config.get")
public class ConfigGetCommand implements AdminCommand {

    private final SettingsService settings;

    @Activate
    public ConfigGetCommand(@Reference SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Object run(AdminRequest request) throws AdminCommandException {
        return SettingsCommands.get(settings, request);
    }
}

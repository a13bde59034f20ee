package org.parley.system.internal.settings;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;

/** Admin command {@code config.set}: argument {@code pid} and {@code value.<attribute>} per change. */
@Component(property = AdminCommand.NAME + "=config.set")
public class ConfigSetCommand implements AdminCommand {

    private final SettingsService settings;

    @Activate
    public ConfigSetCommand(@Reference SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Object run(AdminRequest request) throws AdminCommandException {
        return SettingsCommands.set(settings, request);
    }
}

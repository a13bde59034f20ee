package org.parley.system.internal.settings;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees every {@code org.parley.*} configuration on its way to a component (SCR asks ConfigAdmin for
 * {@code Configuration.getProcessedProperties}, which runs the plugins) and keeps bad values of hand-edited files
 * away from it: see {@link FileValueGuard}. What ConfigAdmin stores is not changed; the file stays as the admin
 * wrote it, and the {@code settings} health check names it until it is fixed.
 *
 * <p>The runtime lists {@value #PLUGIN_ID} in the framework property {@code felix.cm.config.plugins}, so ConfigAdmin
 * delivers nothing before this plugin is there. It therefore must not depend on ConfigAdmin itself.
 */
@Component(service = ConfigurationPlugin.class, property = {
    FileSettingsPlugin.PLUGIN_ID_PROPERTY + "=" + FileSettingsPlugin.PLUGIN_ID,
    ConfigurationPlugin.CM_RANKING + ":Integer=100"})
public class FileSettingsPlugin implements ConfigurationPlugin {

    static final String PLUGIN_ID_PROPERTY = "config.plugin.id";
    static final String PLUGIN_ID = "org.parley.system.settings";

    private static final Logger LOG = LoggerFactory.getLogger(FileSettingsPlugin.class);

    private final SettingsCatalog catalog;
    private final FileValueGuard guard;
    private final FileProblems problems;
    private final Path etcRoot;

    @Activate
    public FileSettingsPlugin(BundleContext context, @Reference MetaTypeService metaType,
            @Reference SettingsValidators validators, @Reference FileProblems problems) {
        this.catalog = new SettingsCatalog(context, metaType);
        this.problems = problems;
        this.etcRoot = SettingsPaths.etc(context);
        this.guard = new FileValueGuard(new LastValidStore(SettingsPaths.lastValid(context)),
                new ConfigurationChecker(validators::forPid));
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object pidValue = properties.get(Constants.SERVICE_PID);
        Object factoryPid = properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        String pid = String.valueOf(factoryPid != null ? factoryPid : pidValue);
        if (!pid.startsWith(SettingsCatalog.PREFIX)) {
            return;
        }
        try {
            Optional<PidDefinition> definition = catalog.find(pid);
            if (definition.isPresent()) {
                apply(definition.get(), properties);
            }
        } catch (RuntimeException e) {
            LOG.error("Checking the settings of {} failed; they are passed on unchecked", pid, e);
        }
    }

    private void apply(PidDefinition definition, Dictionary<String, Object> properties) {
        Map<String, Object> delivered = new LinkedHashMap<>();
        for (String key : Collections.list(properties.keys())) {
            delivered.put(key, properties.get(key));
        }
        String managedBy = SettingsSource.managedBy(delivered, etcRoot);
        String label = managedBy != null ? managedBy : "settings of " + definition.pid();
        FileValueGuard.Outcome outcome = guard.guard(definition, delivered, label);
        for (String key : delivered.keySet()) {
            if (!outcome.properties().containsKey(key)) {
                properties.remove(key);
            }
        }
        outcome.properties().forEach(properties::put);
        List<String> found = outcome.problems();
        if (!found.isEmpty() && !found.equals(problems.of(definition.pid()))) {
            found.forEach(problem -> LOG.warn("Refused setting: {}", problem));
        }
        problems.report(definition.pid(), found);
    }
}

package org.parley.system.internal.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Every configurable {@code org.parley.*} PID, found through the Metatype of every installed bundle. Asked afresh
 * each time: bundles come and go, and Metatype keeps its own cache.
 */
final class SettingsCatalog {

    static final String PREFIX = "org.parley.";

    private final BundleContext context;
    private final MetaTypeService metaType;

    SettingsCatalog(BundleContext context, MetaTypeService metaType) {
        this.context = context;
        this.metaType = metaType;
    }

    List<PidDefinition> all() {
        List<PidDefinition> found = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = bundle.getState() == Bundle.UNINSTALLED ? null
                    : metaType.getMetaTypeInformation(bundle);
            if (info != null) {
                addParleyPids(found, bundle, info, info.getPids(), false);
                addParleyPids(found, bundle, info, info.getFactoryPids(), true);
            }
        }
        found.sort(Comparator.comparing(PidDefinition::pid));
        return found;
    }

    /** The singleton or factory PID definition, if some bundle declares it. */
    Optional<PidDefinition> find(String pid) {
        if (pid == null || !pid.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return all().stream().filter(d -> d.pid().equals(pid)).findFirst();
    }

    private static void addParleyPids(List<PidDefinition> found, Bundle bundle, MetaTypeInformation info,
            String[] pids, boolean factory) {
        for (String pid : pids == null ? new String[0] : pids) {
            if (!pid.startsWith(PREFIX)) {
                continue;
            }
            ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
            var attributes = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
            found.add(new PidDefinition(pid, factory, bundle.getSymbolicName(), ocd.getName(), ocd.getDescription(),
                    attributes == null ? List.of() : Arrays.asList(attributes)));
        }
    }
}

package org.parley.system.internal.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeService;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditService;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.parley.system.internal.settings.SettingsViews.PidSettings;

/**
 * Reads and changes settings. A change is checked completely (PID known, not managed by a file, every attribute
 * known and valid by Metatype, the component's validators satisfied) before ConfigAdmin is touched; a group of
 * PIDs is then written together or not at all, and audited. Changes are serialised: one group at a time.
 */
@Component(service = SettingsService.class)
public class SettingsService {

    private final SettingsCatalog catalog;
    private final ConfigurationAdmin configAdmin;
    private final ConfigurationChecker checker;
    private final FileProblems fileProblems;
    private final Path etcRoot;
    private final ChangeRecorder recorder;

    @Activate
    public SettingsService(BundleContext context, @Reference MetaTypeService metaType,
            @Reference ConfigurationAdmin configAdmin, @Reference SettingsValidators validators,
            @Reference FileProblems fileProblems,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) AuditService audit) {
        this.catalog = new SettingsCatalog(context, metaType);
        this.configAdmin = configAdmin;
        this.checker = new ConfigurationChecker(validators::forPid);
        this.fileProblems = fileProblems;
        this.etcRoot = SettingsPaths.etc(context);
        this.recorder = new ChangeRecorder(new AuditTrail(() -> audit));
    }

    public List<PidSettings> list() {
        List<PidSettings> all = new ArrayList<>();
        for (PidDefinition definition : catalog.all()) {
            all.add(view(definition));
        }
        return all;
    }

    public PidSettings get(String pid) {
        return view(definition(pid));
    }

    /** Applies changes to several PIDs together: {@code {pid: {attribute: value}}}; null removes a value. */
    public synchronized List<PidSettings> apply(Map<String, Map<String, Object>> group, Caller caller) {
        if (group == null || group.isEmpty()) {
            throw ProblemException.badRequest("The body names no PID: send {\"<pid>\": {\"<attribute>\": value}}");
        }
        List<CheckedChange> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : group.entrySet()) {
            checked.add(checkOne(entry.getKey(), entry.getValue(), caller, group.size() > 1));
        }
        GroupApplier applier = new GroupApplier(configAdmin);
        List<GroupApplier.Written> written = recorder.write(applier, checked, caller);
        recorder.recordSuccess(applier, written, checked, caller);
        List<PidSettings> views = new ArrayList<>();
        checked.forEach(change -> views.add(get(change.pid())));
        return views;
    }

    private CheckedChange checkOne(String pid, Map<String, Object> change, Caller caller, boolean inGroup) {
        if (change == null || change.isEmpty()) {
            throw recorder.refused(caller, pid, List.of(), ProblemException.badRequest(
                    "No attribute to change for " + pid + ": send {\"<attribute>\": value}"));
        }
        List<String> names = List.copyOf(change.keySet());
        PidDefinition definition = catalog.find(pid).orElseThrow(() -> recorder.refused(caller, pid, names,
                ProblemException.notFound("No configurable PID " + pid + "; GET /api/v1/settings lists them")));
        Map<String, Object> stored = stored(pid);
        String managedBy = SettingsSource.managedBy(stored, etcRoot);
        if (managedBy != null) {
            throw recorder.refused(caller, pid, names, ProblemException.conflict(pid + " is managed by the file "
                    + managedBy + "; edit or remove that file to change it"));
        }
        CheckedChange checkedChange = checker.check(definition, stored == null ? Map.of() : stored, change);
        if (!checkedChange.acceptable()) {
            throw recorder.refused(caller, pid, names, invalid(checkedChange, inGroup));
        }
        return checkedChange;
    }

    private static ProblemException invalid(CheckedChange change, boolean inGroup) {
        var first = change.problems().get(0);
        String field = inGroup ? change.pid() + "/" + first.attribute() : first.attribute();
        String detail = change.pid() + ": " + String.join("; ", change.problems().stream()
                .map(p -> p.message()).toList()) + ". Nothing was changed.";
        return ProblemException.invalid(field, detail);
    }

    private PidDefinition definition(String pid) {
        return catalog.find(pid).orElseThrow(() ->
                ProblemException.notFound("No configurable PID " + pid + "; GET /api/v1/settings lists them"));
    }

    private PidSettings view(PidDefinition definition) {
        return SettingsViewBuilder.view(definition, stored(definition.pid()), etcRoot,
                fileProblems.of(definition.pid()));
    }

    /** The stored configuration of a singleton PID without creating it, or null. */
    private Map<String, Object> stored(String pid) {
        try {
            Configuration[] found = configAdmin.listConfigurations(
                    "(" + Constants.SERVICE_PID + "=" + escapeFilter(pid) + ")");
            Dictionary<String, Object> properties = found == null ? null : found[0].getProperties();
            if (properties == null) {
                return null;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            Collections.list(properties.keys()).forEach(key -> map.put(key, properties.get(key)));
            return map;
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("Cannot read the configuration of " + pid + ": " + e.getMessage(), e);
        }
    }

    private static String escapeFilter(String value) {
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }
}

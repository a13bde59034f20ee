package org.parley.store.internal.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The scripts of one owner as Flyway sees them: the {@code common} folder merged with the vendor's folder. A
 * vendor script with the same file name as a common one replaces it, so an owner can write a script once and
 * override it only where one database needs different SQL.
 */
final class OwnerScripts implements ResourceProvider {

    private final Map<String, ScriptResource> byFilename = new LinkedHashMap<>();

    OwnerScripts(List<ScriptResource> common, List<ScriptResource> vendor) {
        common.forEach(script -> byFilename.put(script.getFilename(), script));
        vendor.forEach(script -> byFilename.put(script.getFilename(), script));
    }

    boolean isEmpty() {
        return byFilename.isEmpty();
    }

    @Override
    public LoadableResource getResource(String name) {
        for (ScriptResource script : byFilename.values()) {
            if (script.getRelativePath().equals(name) || script.getFilename().equals(name)) {
                return script;
            }
        }
        return null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (ScriptResource script : byFilename.values()) {
            String name = script.getFilename();
            if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                matching.add(script);
            }
        }
        return matching;
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}

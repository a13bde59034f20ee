package org.parley.system.it;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A fake AuditService registered from the test through the framework: a proxy of the interface as the audit API
 * bundle loads it, keeping every event in memory.
 */
final class FakeAudit {

    /** One recorded event. */
    record Event(String actor, String action, String target, String outcome, Map<String, String> details) {
    }

    final List<Event> events = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    void register(BundleContext context, Bundle auditApi) throws Exception {
        Class<?> type = auditApi.loadClass("org.parley.audit.api.AuditService");
        Object service = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "record":
                    Object event = args[0];
                    events.add(new Event((String) Reflect.call(event, "actor"), (String) Reflect.call(event, "action"),
                            (String) Reflect.call(event, "target"), Reflect.call(event, "outcome").toString(),
                            (Map<String, String>) Reflect.call(event, "details")));
                    return null;
                case "find":
                    return List.of();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "FakeAudit";
                default:
                    return null;
            }
        });
        context.registerService(type.getName(), service, null);
    }

    List<Event> of(String action, String target) {
        return events.stream().filter(e -> e.action().equals(action) && e.target().equals(target)).toList();
    }
}

package org.parley.store.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.BundleContext;

/** A {@link BundleContext} that answers only the framework properties the launcher sets for an appliance home. */
final class FakeBundleContext {

    private FakeBundleContext() {
    }

    static BundleContext forHome(Path home) {
        Map<String, String> properties = Map.of(
                RuntimePaths.ETC, home.resolve("etc").toString(),
                RuntimePaths.VAR_LIB, home.resolve("var/lib").toString());
        return (BundleContext) Proxy.newProxyInstance(FakeBundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

package org.parley.e2e;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one shared appliance of this run (booted on first use, stopped when the run ends):
 * annotate the class with {@code @ExtendWith(ParleyExtension.class)} and take an {@link Appliance} parameter.
 * Tests on the shared appliance must leave it as they found it; tests that break things boot their own. After each
 * class, what its closed browsers left is cleared ({@link DroppedConnections}).
 */
public final class ParleyExtension implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ParleyExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Appliance.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("shared", key -> new Shared(Appliance.boot(Map.of())), Shared.class)
                .appliance();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Shared shared = context.getRoot().getStore(NAMESPACE).get("shared", Shared.class);
        if (shared != null) {
            DroppedConnections.clear(shared.appliance());
        }
    }

    /** Stops the shared appliance when JUnit closes the root store at the end of the run. */
    private record Shared(Appliance appliance) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            appliance.close();
        }
    }
}

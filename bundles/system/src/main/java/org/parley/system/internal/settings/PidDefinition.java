package org.parley.system.internal.settings;

import java.util.List;
import java.util.Optional;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One configurable PID as Metatype describes it.
 *
 * @param pid the configuration PID (or factory PID when {@code factory})
 * @param bundle the symbolic name of the bundle that declares it
 */
record PidDefinition(String pid, boolean factory, String bundle, String name, String description,
        List<AttributeDefinition> attributes) {

    PidDefinition {
        attributes = List.copyOf(attributes);
    }

    Optional<AttributeDefinition> attribute(String id) {
        return attributes.stream().filter(ad -> ad.getID().equals(id)).findFirst();
    }
}

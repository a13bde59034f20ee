package org.parley.system.internal.deploy;

import java.util.List;
import org.parley.system.internal.Caller;

/**
 * The bundle actions offered over REST. Each runs on the deploy watcher's thread, one at a time with the
 * watcher's own work, and throws {@link org.parley.api.rest.ProblemException} when it cannot be done.
 */
public interface BundleControl {

    List<BundleView> list();

    BundleView stop(String symbolicName, Caller caller);

    BundleView start(String symbolicName, Caller caller);

    /** Returns the bundle to the jar kept before its last update. */
    BundleView rollback(String symbolicName, Caller caller);
}

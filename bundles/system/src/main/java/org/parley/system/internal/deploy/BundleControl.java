package org.parley.system.internal.deploy;

import java.io.InputStream;
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

    /**
     * Takes an uploaded jar into the deploy folder once it passed the checks (upload on, signed by a trusted signer,
     * an installable bundle); the watcher then installs or updates it on its next scan.
     */
    UploadedBundle upload(InputStream body, String uploadName, Caller caller);
}

package org.parley.system.internal.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes checked changes of several PIDs to ConfigAdmin together: when the n-th update fails, the n-1 already
 * written are put back as they were (or deleted when they did not exist), so nothing is half-applied.
 */
final class GroupApplier {

    private static final Logger LOG = LoggerFactory.getLogger(GroupApplier.class);

    /** One PID written, and what it held before. */
    record Written(Configuration configuration, Dictionary<String, Object> before) {
    }

    /** The n-th update failed; the earlier ones were restored (or {@code restoreFailed} names those that were not). */
    static final class GroupFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pid;
        private final List<String> restoreFailed;

        GroupFailure(String pid, Exception cause, List<String> restoreFailed) {
            super("saving " + pid + " failed: " + cause.getMessage(), cause);
            this.pid = pid;
            this.restoreFailed = List.copyOf(restoreFailed);
        }

        String pid() {
            return pid;
        }

        List<String> restoreFailed() {
            return restoreFailed;
        }
    }

    /** Properties ConfigAdmin sets itself; writing them is refused or ignored. */
    private static final Set<String> MANAGED_BY_CONFIG_ADMIN = Set.of(Constants.SERVICE_PID,
            ConfigurationAdmin.SERVICE_FACTORYPID, ConfigurationAdmin.SERVICE_BUNDLELOCATION);

    private final ConfigurationAdmin configAdmin;

    GroupApplier(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    /** Writes every change in order; returns what was written so a later failure (audit) can undo it. */
    List<Written> apply(List<CheckedChange> changes) throws GroupFailure {
        List<Written> written = new ArrayList<>();
        for (CheckedChange change : changes) {
            try {
                // "?" = multi-location: the configuration binds to whichever bundle's component consumes the PID.
                Configuration configuration = configAdmin.getConfiguration(change.pid(), "?");
                Dictionary<String, Object> before = configuration.getProperties();
                configuration.update(toDictionary(change.stored()));
                written.add(new Written(configuration, before));
            } catch (IOException | RuntimeException e) {
                LOG.error("Saving settings of {} failed; restoring {} PID(s) written before it", change.pid(),
                        written.size(), e);
                throw new GroupFailure(change.pid(), e, restore(written));
            }
        }
        return written;
    }

    /** Puts every written PID back; returns the PIDs that could not be restored. */
    List<String> restore(List<Written> written) {
        List<String> failed = new ArrayList<>();
        for (Written w : written) {
            try {
                if (w.before() == null) {
                    w.configuration().delete();
                } else {
                    w.configuration().update(w.before());
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Restoring settings of {} failed", w.configuration().getPid(), e);
                failed.add(w.configuration().getPid());
            }
        }
        return failed;
    }

    static Dictionary<String, Object> toDictionary(Map<String, Object> properties) {
        Hashtable<String, Object> dictionary = new Hashtable<>();
        properties.forEach((key, value) -> {
            if (value != null && !MANAGED_BY_CONFIG_ADMIN.contains(key)) {
                dictionary.put(key, value);
            }
        });
        return dictionary;
    }
}

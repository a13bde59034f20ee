package org.parley.health.internal.checks;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Health component {@code disk}: free space on the volume that holds {@code parley.var.lib} (database, keys,
 * audit, recordings). Never critical: a full disk is DOWN, yet the appliance keeps answering.
 */
@Component(service = HealthCheck.class, configurationPid = DiskCheck.PID)
@Designate(ocd = DiskCheck.Config.class)
public class DiskCheck implements HealthCheck {

    static final String PID = "org.parley.health.Disk";
    static final String VAR_LIB_PROPERTY = "parley.var.lib";

    @ObjectClassDefinition(id = PID, name = "Parley disk space check",
            description = "When the free space under var/lib (parley.var.lib) turns the disk health WARN or DOWN.")
    public @interface Config {
        @AttributeDefinition(name = "Warn below (MiB free)", min = "0",
                description = "WARN when fewer than this many MiB are free.")
        long warnFreeMiB() default 2048;

        @AttributeDefinition(name = "Warn below (% free)", min = "0", max = "100",
                description = "WARN when less than this share of the volume is free.")
        double warnFreePercent() default 10;

        @AttributeDefinition(name = "Down below (MiB free)", min = "0",
                description = "DOWN (nearly full) when fewer than this many MiB are free.")
        long downFreeMiB() default 256;

        @AttributeDefinition(name = "Down below (% free)", min = "0", max = "100",
                description = "DOWN (nearly full) when less than this share of the volume is free.")
        double downFreePercent() default 2;
    }

    private final String varLib;
    private volatile DiskThresholds thresholds;

    @Activate
    public DiskCheck(BundleContext context, Config config) {
        this.varLib = context.getProperty(VAR_LIB_PROPERTY);
        configure(config);
    }

    @Modified
    void configure(Config config) {
        try {
            thresholds = new DiskThresholds(config.warnFreeMiB(), config.warnFreePercent(), config.downFreeMiB(),
                    config.downFreePercent());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "disk";
    }

    @Override
    public HealthResult check() {
        if (varLib == null || varLib.isBlank()) {
            return HealthResult.warn("the framework property " + VAR_LIB_PROPERTY + " is not set; cannot tell");
        }
        Path where = Path.of(varLib).toAbsolutePath();
        try {
            FileStore store = Files.getFileStore(nearestExisting(where));
            return thresholds.assess(store.getUsableSpace(), store.getTotalSpace(), where.toString());
        } catch (IOException e) {
            return HealthResult.warn("cannot read the free space under " + where + ": " + e.getMessage());
        }
    }

    /** var/lib may not exist before first start: measure the volume of its closest existing parent. */
    private static Path nearestExisting(Path path) {
        Path candidate = path;
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate != null ? candidate : path;
    }
}

package org.parley.system.internal.info;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.parley.api.Permission;
import org.parley.api.rest.RestResource;

/**
 * {@code GET /api/v1/system/info}: the running appliance's version, Java, process id, the framework instance
 * ({@code org.osgi.framework.uuid}, new at every start) and when the JVM started. Support uses it to tell a restart
 * from a hot swap. {@code host} gives the machine's CPU load, memory and the state disk's space, measured at each
 * request, for the console's dashboard.
 */
@Component(service = RestResource.class)
@Path("system/info")
@Produces(MediaType.APPLICATION_JSON)
@Permission("system:read")
public class SystemInfoResource implements RestResource {

    /** The facts shown. */
    public record SystemInfo(String version, String java, long pid, String frameworkUuid, Instant jvmStartedAt,
            HostFigures host) {
    }

    private final SystemInfo info;
    private final java.nio.file.Path stateRoot;

    @Activate
    public SystemInfoResource(BundleContext context) {
        this.info = new SystemInfo(context.getBundle().getVersion().toString(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                ProcessHandle.current().pid(), context.getProperty(Constants.FRAMEWORK_UUID),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), null);
        String varLib = context.getProperty("parley.var.lib");
        this.stateRoot = varLib == null ? null : java.nio.file.Path.of(varLib);
    }

    @GET
    public SystemInfo info() {
        return new SystemInfo(info.version(), info.java(), info.pid(), info.frameworkUuid(), info.jvmStartedAt(),
                HostFigures.now(stateRoot));
    }
}

package org.parley.http.internal.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.parley.api.Clock;
import org.parley.api.FatalConfiguration;
import org.parley.api.health.HealthCheck;
import org.parley.api.settings.SettingsFiles;
import org.parley.http.internal.tls.HostIdentity;
import org.parley.http.internal.tls.ServedCertificate;
import org.parley.http.internal.tls.ServerKeystore;
import org.parley.http.internal.tls.TlsMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the front door settings: prepares the certificate, makes sure the ports are free, hands Jetty its
 * configuration (PID {@code org.apache.felix.http}) and publishes the {@code http} and {@code certificate} health
 * checks. A start it cannot run with registers a {@link FatalConfiguration}, which ends the process with 78.
 */
@Component(service = ServedCertificate.class, immediate = true, configurationPid = FrontDoorConfig.PID)
@Designate(ocd = FrontDoorConfig.class)
public class FrontDoor implements ServedCertificate {

    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);
    private static final long RELEASE_MILLIS = 5_000;
    private static final long FILE_WAIT_SECONDS = 20;

    @Reference
    private ConfigurationAdmin configurationAdmin;

    /** Dynamic and greedy: a test clock registered later (ranked higher) takes over without a restart. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private BundleContext context;
    private TlsMaterial tls;
    private Path etc;
    private ScheduledExecutorService fileTimeout;
    private ServiceRegistration<?> fatal;
    private ServiceRegistration<?> httpCheck;
    private ServiceRegistration<?> certificateCheck;
    private FrontDoorConfig applied;
    private volatile ServerKeystore served;

    @Activate
    void activate(BundleContext context, FrontDoorConfig config, Map<String, Object> properties) {
        this.context = context;
        this.etc = Path.of(context.getProperty("parley.etc"));
        this.tls = new TlsMaterial(Path.of(context.getProperty("parley.var.lib"), "tls"));
        modified(config, properties);
    }

    @Modified
    synchronized void modified(FrontDoorConfig config, Map<String, Object> properties) {
        if (applied == null && SettingsFiles.awaitingFile(etc, FrontDoorConfig.PID, properties)) {
            // Binding the default ports now could collide with what the admin's file moves Parley away from.
            LOG.info("Waiting for etc/conf.d/{}.cfg before opening the web server", FrontDoorConfig.PID);
            if (fileTimeout != null) {
                fileTimeout.shutdownNow();
            }
            fileTimeout = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "parley-front-door-wait"));
            fileTimeout.schedule(() -> applyUnlessApplied(config), FILE_WAIT_SECONDS, TimeUnit.SECONDS);
            return;
        }
        apply(config);
    }

    private synchronized void applyUnlessApplied(FrontDoorConfig config) {
        if (applied == null) {
            LOG.warn("etc/conf.d/{}.cfg was not delivered within {} s; opening the web server on the settings "
                    + "Parley has", FrontDoorConfig.PID, FILE_WAIT_SECONDS);
            apply(config);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        if (fileTimeout != null) {
            fileTimeout.shutdownNow();
        }
        unregister();
        try {
            // Next start configures Jetty afresh, after checking the ports (see apply).
            configurationAdmin.getConfiguration(JettySettings.PID, "?").delete();
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Web server configuration not removed: {}", e.getMessage());
        }
        if (fatal != null) {
            fatal.unregister();
        }
    }

    private synchronized void apply(FrontDoorConfig config) {
        if (fileTimeout != null) {
            fileTimeout.shutdownNow();
            fileTimeout = null;
        }
        ServerKeystore keystore;
        try {
            keystore = tls.prepare(config.certificateFile(), config.keyFile(), config.keyPassword().toCharArray(),
                    HostIdentity.discover(Arrays.asList(config.hostNames())), clock.now());
        } catch (IOException | GeneralSecurityException e) {
            refuse(FrontDoorConfig.PID + " certificateFile/keyFile: " + e.getMessage());
            return;
        }
        try {
            Configuration jetty = configurationAdmin.getConfiguration(JettySettings.PID, "?");
            Dictionary<String, Object> wanted = JettySettings.of(config, keystore);
            if (applied == null && jetty.getProperties() != null) {
                // Left from the previous run (a crash skips deactivate): Jetty may hold the ports with it. Take it
                // away and give Jetty a moment to let go, so the probe below judges only other programs.
                jetty.delete();
                jetty = configurationAdmin.getConfiguration(JettySettings.PID, "?");
                PortProbe.awaitFree(config.bindAddress(), config.httpsPort(), RELEASE_MILLIS);
            }
            if (!JettySettings.same(jetty.getProperties(), wanted)) {
                String portProblem = portProblem(config);
                if (portProblem != null) {
                    refuse(portProblem);
                    return;
                }
                jetty.update(wanted);
                LOG.info("HTTPS on {}:{} (certificate {}, valid until {}){}", config.bindAddress(), config.httpsPort(),
                        keystore.subject(), keystore.notAfter(),
                        config.httpPort() > 0 ? ", HTTP on port " + config.httpPort() + " redirects to it" : "");
            }
        } catch (IOException e) {
            refuse("cannot store the web server configuration: " + e.getMessage());
            return;
        }
        applied = config;
        served = keystore;
        publishChecks(config, keystore);
    }

    @Override
    public ServerKeystore current() {
        return served;
    }

    @Override
    public synchronized String certificateFile() {
        return applied == null ? "" : applied.certificateFile();
    }

    @Override
    public synchronized List<String> hostNames() {
        return applied == null ? List.of() : List.of(applied.hostNames());
    }

    @Override
    public TlsMaterial material() {
        return tls;
    }

    @Override
    public synchronized void reloadLater(long delayMillis) throws IOException {
        if (applied == null) {
            throw new IOException("the web server has not been configured yet");
        }
        Thread reload = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                synchronized (this) {
                    apply(applied);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parley-certificate-reload");
        reload.setDaemon(true);
        reload.start();
    }

    /** Only ports that Jetty does not already hold under the applied settings need to be free. */
    private String portProblem(FrontDoorConfig config) {
        boolean sameAddress = applied != null && applied.bindAddress().equals(config.bindAddress());
        if (!(sameAddress && applied.httpsPort() == config.httpsPort())) {
            String problem = PortProbe.problem(config.bindAddress(), config.httpsPort(), "httpsPort");
            if (problem != null) {
                return problem;
            }
        }
        if (config.httpPort() > 0 && !(sameAddress && applied.httpPort() == config.httpPort())) {
            return PortProbe.problem(config.bindAddress(), config.httpPort(), "httpPort");
        }
        return null;
    }

    private void publishChecks(FrontDoorConfig config, ServerKeystore keystore) {
        unregister();
        String host = List.of("0.0.0.0", "::", "127.0.0.1", "::1").contains(config.bindAddress())
                ? "localhost" : config.bindAddress();
        String url = "https://" + host + ":" + config.httpsPort() + "/";
        Dictionary<String, Object> httpProperties = new Hashtable<>();
        httpProperties.put("parley.https.url", url);
        httpCheck = context.registerService(HealthCheck.class,
                new HttpHealthCheck(config.bindAddress(), config.httpsPort(), url), httpProperties);
        certificateCheck = context.registerService(HealthCheck.class, new CertificateHealthCheck(keystore, () -> clock.now()), null);
    }

    private void unregister() {
        if (httpCheck != null) {
            httpCheck.unregister();
            httpCheck = null;
        }
        if (certificateCheck != null) {
            certificateCheck.unregister();
            certificateCheck = null;
        }
    }

    private void refuse(String cause) {
        LOG.error("Cannot serve HTTPS: {}", cause);
        if (applied == null && fatal == null) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(FatalConfiguration.CAUSE_PROPERTY, cause);
            FatalConfiguration fatalConfiguration = () -> cause;
            fatal = context.registerService(FatalConfiguration.class, fatalConfiguration, properties);
        }
    }
}

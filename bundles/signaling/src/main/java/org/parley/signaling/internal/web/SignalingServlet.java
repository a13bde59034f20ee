package org.parley.signaling.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServlet;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServletFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.meetings.api.LiveMeetings;
import org.parley.signaling.internal.connection.Connections;
import org.parley.signaling.internal.connection.SignalingContext;
import org.parley.signaling.internal.protocol.MessageCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws}, the meeting WebSocket (protocol v1, see the module README). Checks the request (a WebSocket upgrade,
 * from an allowed origin) and hands each accepted socket to a {@link JettyTransport} bound to a new connection; a
 * one-thread timer ticks the join timeouts and reports drops to the meetings bundle.
 */
@Component(service = Servlet.class, configurationPid = SignalingSettings.PID)
@Designate(ocd = SignalingSettings.Config.class)
@HttpWhiteboardServletPattern("/ws")
@HttpWhiteboardServletName("parley-signaling")
public class SignalingServlet extends JettyWebSocketServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SignalingServlet.class);

    /** Jetty closes a connection that sends nothing for this long (clients send {@code ping} well within it). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private final transient LiveMeetings meetings;
    private final transient Clock clock;
    private final transient MessageCodec codec = new MessageCodec();
    private final transient ScheduledExecutorService timer;
    private final transient Connections connections;
    private transient volatile SignalingSettings settings;
    private transient volatile JettyWebSocketServletFactory factory;

    @Activate
    public SignalingServlet(@Reference LiveMeetings meetings, @Reference Clock clock, SignalingSettings.Config config) {
        this(meetings, clock, SignalingSettings.from(config));
    }

    SignalingServlet(LiveMeetings meetings, Clock clock, SignalingSettings settings) {
        this.meetings = meetings;
        this.clock = clock;
        this.settings = settings;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-signaling-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.connections = new Connections(context(settings));
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Modified
    void modified(SignalingSettings.Config config) {
        SignalingSettings changed = SignalingSettings.from(config);
        settings = changed;
        connections.update(context(changed));
        JettyWebSocketServletFactory current = factory;
        if (current != null) {
            applyFrameLimits(current, changed);
        }
    }

    @Deactivate
    void deactivate() {
        connections.shutDown();
        timer.shutdown();
    }

    /** Runs the timer work now (tests, after moving their clock). */
    void tick() {
        try {
            connections.tick();
        } catch (RuntimeException e) {
            LOG.warn("signaling: timer work failed", e);
        }
    }

    Connections connections() {
        return connections;
    }

    @Override
    protected void configure(JettyWebSocketServletFactory configured) {
        this.factory = configured;
        applyFrameLimits(configured, settings);
        configured.setIdleTimeout(IDLE_TIMEOUT);
        configured.setCreator(this::accept);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            Refusals.upgradeRequired(response);
            return;
        }
        if (!settings.origins().allows(request.getHeader("Origin"), secure(request), host(request))) {
            LOG.debug("signaling: upgrade from {} refused for its origin", caller(request));
            Refusals.foreignOrigin(response);
            return;
        }
        super.service(request, response);
    }

    private Object accept(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response) {
        JettyTransport transport = new JettyTransport();
        transport.bind(connections.open(transport, caller(request.getHttpServletRequest())));
        return transport;
    }

    private SignalingContext context(SignalingSettings current) {
        Executor callbacks = task -> {
            try {
                timer.execute(task);
            } catch (RejectedExecutionException stopped) {
                task.run();
            }
        };
        return new SignalingContext(meetings, codec, clock, current.limits(), callbacks);
    }

    private static void applyFrameLimits(JettyWebSocketServletFactory target, SignalingSettings current) {
        target.setMaxTextMessageSize(current.maxFrameBytes());
        target.setMaxBinaryMessageSize(current.maxFrameBytes());
        target.setMaxFrameSize(current.maxFrameBytes());
    }

    /** The caller as the front door resolved it (behind a trusted proxy: the proxy's client), for logs. */
    private static String caller(HttpServletRequest request) {
        Object client = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        return client instanceof ClientAddress address ? address.host() : request.getRemoteAddr();
    }

    private static boolean secure(HttpServletRequest request) {
        Object client = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        return client instanceof ClientAddress address ? address.secure() : request.isSecure();
    }

    private static String host(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null ? host : request.getServerName() + ":" + request.getServerPort();
    }
}

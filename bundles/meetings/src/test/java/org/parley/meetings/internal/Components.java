package org.parley.meetings.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.audit.api.AuditService;
import org.parley.store.api.Database;

/** Builds the bundle's components the way SCR does, and requests the way the front door hands them over. */
public final class Components {

    private Components() {
    }

    /** The meetings component with the metatype default policy, {@code parley.var.lib} and a clock bound. */
    public static MeetingsCore meetingsCore(Database database, AuditService audit, Path varLib, Clock clock)
            throws Exception {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(Components.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> "getProperty".equals(method.getName())
                        && "parley.var.lib".equals(args[0]) ? varLib.toString() : null);
        MeetingsCore core = new MeetingsCore(database, audit, context, new DefaultPolicy());
        Field bound = MeetingsCore.class.getDeclaredField("clock");
        bound.setAccessible(true);
        bound.set(core, clock);
        return core;
    }

    /** A request carrying the caller ({@code null}: anonymous) and client address as the front door sets them. */
    public static HttpServletRequest request(Caller caller, String clientIp) {
        Map<String, Object> attributes = caller == null ? Map.of(ClientAddress.REQUEST_ATTRIBUTE, address(clientIp))
                : Map.of(Caller.REQUEST_ATTRIBUTE, caller, ClientAddress.REQUEST_ATTRIBUTE, address(clientIp));
        return (HttpServletRequest) Proxy.newProxyInstance(Components.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    public static ClientAddress address(String ip) {
        try {
            return new ClientAddress(InetAddress.getByName(ip), true);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The metatype defaults, as SCR passes them when no configuration exists. */
    private static final class DefaultPolicy implements MeetingsCore.Config {
        @Override
        public boolean passcodeRequired() {
            return false;
        }

        @Override
        public boolean waitingRoomDefault() {
            return true;
        }

        @Override
        public boolean guestsAllowed() {
            return true;
        }

        @Override
        public int maxParticipants() {
            return 100;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return MeetingsCore.Config.class;
        }
    }
}

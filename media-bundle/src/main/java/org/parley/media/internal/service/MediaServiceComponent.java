package org.parley.media.internal.service;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.api.Clock;
import org.parley.api.settings.InvalidSettings;
import org.parley.media.api.MediaLeg;
import org.parley.media.api.MediaListener;
import org.parley.media.api.MediaRefused;
import org.parley.media.api.MediaService;
import org.parley.media.internal.forwarding.TrafficTotals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SFU as a service: opens legs in {@link Conferences}, configured by PID {@value TransportSettings#PID}
 * ({@link Config}), with the appliance {@link Clock} for consent expiry.
 *
 * <p>What runs is in {@link MediaRuntime}: sockets, DTLS, pipelines, timers. When the media ports cannot be bound
 * the component stays up and refuses legs with the reason. Lifecycle: deactivation closes every leg (listeners
 * hear CLOSED) and stops the threads.
 */
@Component(service = {MediaService.class, MediaStatistics.class}, configurationPid = TransportSettings.PID)
@Designate(ocd = MediaServiceComponent.Config.class)
public final class MediaServiceComponent implements MediaService, MediaStatistics {

    /** The media transport: ports, addresses and timeouts. Checked by {@link TransportSettings}. */
    @ObjectClassDefinition(id = TransportSettings.PID, name = "Parley media transport",
            description = "Ports, addresses and timeouts of the SFU's media (ICE-lite, ICE-TCP, DTLS-SRTP).")
    public @interface Config {
        @AttributeDefinition(name = "UDP media port", min = "1", max = "65535",
                description = "The one UDP port all media uses (1-65535); open it in the firewall.")
        int udpPort() default TransportSettings.DEFAULT_UDP_PORT;

        @AttributeDefinition(name = "ICE-TCP port", min = "0", max = "65535", description = "TCP port of the"
                + " passive ICE-TCP candidate, for networks that block UDP; 0 turns it off.")
        int tcpPort() default TransportSettings.DEFAULT_TCP_PORT;

        @AttributeDefinition(name = "Bind address", description = "Address the media sockets listen on: 0.0.0.0"
                + " for every address, or one address of this host.")
        String bindAddress() default TransportSettings.DEFAULT_BIND_ADDRESS;

        @AttributeDefinition(name = "Public address", description = "IP address or host name browsers reach the"
                + " media ports at (behind NAT: the public one). Empty: this host's first non-loopback address.")
        String publicAddress() default "";

        @AttributeDefinition(name = "Consent timeout (s)", min = "10", max = "600", description = "A participant's"
                + " media ends when its browser sent no valid ICE check or media for this long (RFC 7675: 30).")
        int consentTimeoutSeconds() default TransportSettings.DEFAULT_CONSENT_TIMEOUT_SECONDS;

        @AttributeDefinition(name = "DTLS handshake timeout (s)", min = "1", max = "60",
                description = "A DTLS handshake not done within this many seconds fails.")
        int dtlsTimeoutSeconds() default TransportSettings.DEFAULT_DTLS_TIMEOUT_SECONDS;

        @AttributeDefinition(name = "UDP socket buffer (bytes)", min = "65536", max = "67108864",
                description = "Receive and send buffer asked of the kernel for the UDP port (net.core.rmem_max may"
                + " cap it).")
        int udpBufferBytes() default TransportSettings.DEFAULT_UDP_BUFFER_BYTES;

        @AttributeDefinition(name = "ICE-TCP connections", min = "1", max = "100000",
                description = "Open ICE-TCP connections at most; more are closed at once.")
        int maxTcpConnections() default TransportSettings.DEFAULT_MAX_TCP_CONNECTIONS;

        @AttributeDefinition(name = "ICE-TCP connections per address", min = "1", max = "100000", description = "Open"
                + " ICE-TCP connections from one IP address at most (a guest Wi-Fi puts many browsers behind one).")
        int maxTcpConnectionsPerAddress() default TransportSettings.DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS;

        @AttributeDefinition(name = "ICE-TCP probation (s)", min = "1", max = "120", description = "An ICE-TCP"
                + " connection without a valid ICE check within this many seconds of opening is closed.")
        int tcpProbationSeconds() default TransportSettings.DEFAULT_TCP_PROBATION_SECONDS;
    }
    private static final Logger LOG = LoggerFactory.getLogger(MediaServiceComponent.class);

    /** Dynamic and greedy: a test clock registered later (ranked higher) takes over without a restart. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private MediaRuntime runtime;

    @Activate
    void activate(Map<String, Object> properties) {
        TransportSettings settings = TransportSettings.parse(properties);
        runtime = new MediaRuntime(settings, () -> clock.millis());
        runtime.start();
        logSettings("Media service started", settings);
    }

    /**
     * A bad change is refused with a log line naming the PID and attribute; the last good settings stay. A good one
     * that differs is logged as activation logs it, so the log always tells what the candidates advertise.
     */
    @Modified
    void modified(Map<String, Object> properties) {
        TransportSettings changed;
        try {
            changed = TransportSettings.parse(properties);
        } catch (InvalidSettings e) {
            LOG.error("{}; keeping the previous media transport settings", e.getMessage());
            return;
        }
        if (runtime.reconfigure(changed)) {
            logSettings("Media transport settings changed", changed);
        }
    }

    private static void logSettings(String what, TransportSettings settings) {
        LOG.info("{}: UDP {}, ICE-TCP {}, candidates advertise {}", what, settings.udpPort(),
                settings.tcpPort() == 0 ? "off" : settings.tcpPort(), PublicAddress.of(settings.publicAddress()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        runtime.stop();
    }

    @Override
    public MediaLeg open(String meetingId, String participantId, MediaListener listener) throws MediaRefused {
        String unavailable = runtime.unavailable();
        if (unavailable != null) {
            throw new MediaRefused(unavailable);
        }
        return runtime.conferences().open(meetingId, participantId, listener);
    }

    @Override
    public String unavailable() {
        return runtime.unavailable();
    }

    @Override
    public Report report() {
        return new Report(runtime.conferences().snapshot(), runtime.totals());
    }

    @Override
    public TrafficTotals totals() {
        return runtime.totals();
    }

    /** The running parts (tests). */
    MediaRuntime runtime() {
        return runtime;
    }
}

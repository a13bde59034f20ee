package org.parley.media.internal.forwarding;

import java.security.SecureRandom;
import java.util.concurrent.Executor;

/**
 * What conferences need from their surroundings, fixed for a leg when it opens: the advertised server endpoint, the
 * ICE registry, the executor listener calls run on, the builder of each leg's media (pipelines, DTLS), and the
 * random source of ICE credentials, session ids and SSRCs.
 */
public record MediaEnvironment(ServerEndpoint endpoint, LegDirectory directory, Executor events,
        LegMediaBuilder media, SecureRandom random) {
}

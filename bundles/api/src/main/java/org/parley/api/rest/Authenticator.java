package org.parley.api.rest;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.parley.api.Caller;

/**
 * Establishes who is calling, from a session cookie or a bearer token. Provided by the auth bundle; the front door
 * calls it for every API request before it checks {@code @Permission}. While no authenticator is registered the
 * front door answers permission routes only on loopback (the foundation's stopgap); once one is, every such route
 * needs a {@link Caller}. Thread-safe; must be fast (it runs on every request).
 */
@ProviderType
public interface Authenticator {

    /**
     * @return the caller, or empty when the request carries no credentials
     * @throws ProblemException (401) when it carries credentials that are not valid (expired session, revoked
     *         token), or (403) when a state-changing request on a session lacks the right CSRF token
     */
    Optional<Caller> authenticate(Credentials credentials);
}

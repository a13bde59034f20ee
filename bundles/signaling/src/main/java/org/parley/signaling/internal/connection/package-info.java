/**
 * One WebSocket connection's life, independent of Jetty: the state machine (awaiting join, attached, closed), the
 * per-connection rate limit, the bounded outgoing queue, the close codes, and the registry that ticks the join
 * timeout. The web package adapts it to Jetty through {@link org.parley.signaling.internal.connection.Transport}.
 */
package org.parley.signaling.internal.connection;

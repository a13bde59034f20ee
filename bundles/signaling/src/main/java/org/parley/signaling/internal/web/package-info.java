/**
 * The Jetty side of signaling: the {@code /ws} whiteboard servlet (a DS component with the
 * {@code org.parley.signaling.Limits} settings), the origin check at the upgrade, and the thin adapter from Jetty's
 * WebSocket session to a connection.
 */
package org.parley.signaling.internal.web;

/** Turns the front door settings into the embedded Jetty's configuration, and watches that it serves. */
package org.parley.http.internal.server;

/**
 * The front door: HTTPS with the appliance's certificate, the HTTP listener that only redirects, security headers,
 * trusted reverse proxies, and the {@code /api/v1} JAX-RS application that other bundles' resources join.
 */
package org.parley.http.internal;

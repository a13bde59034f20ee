/**
 * Who is calling, and whether that caller may see more than the public view: the {@code ClientAddress} of a
 * request, and CIDR lists of allowed networks. Private to the health bundle.
 */
package org.parley.health.internal.net;

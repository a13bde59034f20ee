/** The servlet filter every request passes: client address, HTTPS redirect, security headers, body limit. */
package org.parley.http.internal.filter;

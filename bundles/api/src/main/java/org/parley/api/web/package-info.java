/**
 * How a bundle serves its browser pages: {@link org.parley.api.web.WebFiles} says which file of the bundle's
 * Vite-built {@code web/} folder answers a request path (pages by name, flat hash-named assets under one prefix,
 * nothing else), and {@link org.parley.api.web.WebReply} is the answer a servlet writes (status, headers with
 * content type and caching, body). Pure JDK: the servlet that registers the paths stays in the bundle.
 */
@Export
@Version("1.0.0")
package org.parley.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

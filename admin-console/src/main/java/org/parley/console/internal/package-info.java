/**
 * The admin console at {@code /admin}: one servlet that decides server side who may open which page (by the
 * caller's permissions), serves the single-page shell built by Vite from {@code src/main/web} into the jar's
 * {@code web/} folder, the 403 page, and the hashed assets under {@code /admin/assets/}. Every action of the pages
 * goes through the documented {@code /api/v1} routes; nothing here is exported.
 */
package org.parley.console.internal;

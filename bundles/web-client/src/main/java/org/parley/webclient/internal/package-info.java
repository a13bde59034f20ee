/**
 * The browser side of meetings: the signed-in home page at {@code /}, the meeting app at {@code /m/{id}} and their
 * assets under {@code /app/assets/}, built by Vite from {@code src/main/web} into the jar's {@code web/} folder and
 * served through the servlet whiteboard.
 */
package org.parley.webclient.internal;

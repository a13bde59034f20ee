/**
 * The browser pages of the auth bundle ({@code /sign-in}, {@code /account} and their assets under
 * {@code /auth/assets/}), built by Vite from {@code src/main/web} into the jar's {@code web/} folder and served through
 * the servlet whiteboard; {@code /} points at {@code /account} until another bundle serves it.
 */
package org.parley.auth.internal.web;

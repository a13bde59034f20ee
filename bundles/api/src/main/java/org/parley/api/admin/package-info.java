/**
 * Commands of the local admin socket ({@code parleyctl}): each bundle that can answer one registers an
 * {@link org.parley.api.admin.AdminCommand} service with the property {@link org.parley.api.admin.AdminCommand#NAME};
 * the system bundle listens on the socket, checks the caller is root, audits every call and runs the command.
 */
@Export
@Version("1.0.0")
package org.parley.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

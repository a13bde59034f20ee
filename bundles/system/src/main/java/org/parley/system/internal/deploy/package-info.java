/**
 * Hot swap: the watcher of {@code ${parley.var.lib}/deploy} that installs, updates in place, uninstalls or rolls
 * back bundles as jars come and go, the kept jars for roll-back under {@code ${parley.var.lib}/backup/bundles},
 * the guard that starts a core bundle again when something stops it, and the REST resource
 * {@code /api/v1/system/bundles}.
 */
package org.parley.system.internal.deploy;

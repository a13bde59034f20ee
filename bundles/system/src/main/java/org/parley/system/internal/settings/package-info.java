/**
 * Settings validated before they apply: the catalog of every {@code org.parley.*} PID described by Metatype, the
 * type and rule checks, the all-or-nothing application of a group of changes to ConfigAdmin, the REST resource
 * {@code /api/v1/settings}, and the ConfigAdmin plugin that keeps the last valid value when a hand-edited file under
 * {@code etc/conf.d} holds a bad one (reported by the {@code settings} health check).
 */
package org.parley.system.internal.settings;

/** The auth bundle's Metatype settings, one component per PID, each readable while it changes. */
package org.parley.auth.internal.settings;

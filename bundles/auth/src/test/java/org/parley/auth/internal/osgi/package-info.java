/** The built auth bundle in a real Felix. */
package org.parley.auth.internal.osgi;

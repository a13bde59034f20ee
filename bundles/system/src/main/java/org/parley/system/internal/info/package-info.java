/** What is running: version, process id, framework instance and start time, for admins and support. */
package org.parley.system.internal.info;

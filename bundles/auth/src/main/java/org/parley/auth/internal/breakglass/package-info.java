/** Emergency access from the command line: a new one-time admin password. */
package org.parley.auth.internal.breakglass;

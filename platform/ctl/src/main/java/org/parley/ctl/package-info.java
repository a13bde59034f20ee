/**
 * {@code parleyctl}: the root-only command line of an installed Parley. {@link org.parley.ctl.Main} dispatches to one
 * {@link org.parley.ctl.CtlCommand} per sub-command (listed in {@code Commands}); commands that need the running
 * service call its admin socket through {@link org.parley.ctl.AdminClient}.
 */
package org.parley.ctl;

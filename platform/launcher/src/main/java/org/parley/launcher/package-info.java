/**
 * The process entry point: resolves the appliance's directories, starts Apache Felix with the packaged bundles
 * (start level 1 for extenders and logging, 2 for the rest) and turns the outcome into exit codes systemd
 * understands: 0 or 143 after a clean stop, 78 for a configuration it cannot run with.
 */
package org.parley.launcher;

/**
 * The local admin socket that {@code parleyctl} talks to: {@code ${parley.run}/admin.sock}, root callers only (peer
 * credentials), one JSON line each way per connection, every call audited as {@code admin.<command>}; and the
 * admin commands {@code status} and {@code check}.
 */
package org.parley.system.internal.admin;

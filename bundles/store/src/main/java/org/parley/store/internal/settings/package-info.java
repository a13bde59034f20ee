/** Reading and checking the database settings (PID {@code org.parley.store.Database}) before they are used. */
package org.parley.store.internal.settings;

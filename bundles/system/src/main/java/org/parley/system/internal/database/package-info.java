/**
 * The System page's database section: {@code /api/v1/system/database} shows what the appliance runs on, tests a
 * PostgreSQL, and moves the embedded database to an empty one (copy, verify the audit chain there, then switch
 * through the settings path).
 */
package org.parley.system.internal.database;

/** JDBC access shared by the stores. */
package org.parley.auth.internal.store;

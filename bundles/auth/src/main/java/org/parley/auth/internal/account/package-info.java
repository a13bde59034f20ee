/** Accounts, their roles and the one mapping from roles to permissions. */
package org.parley.auth.internal.account;

/** Password hashing (argon2id through Apache Shiro 2) and the password policy. */
package org.parley.auth.internal.password;

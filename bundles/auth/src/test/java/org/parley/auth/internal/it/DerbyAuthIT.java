package org.parley.auth.internal.it;

/** The auth contract on embedded Derby in a temporary directory. */
class DerbyAuthIT extends AuthContract {
}

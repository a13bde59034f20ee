/**
 * A clock that tests move by hand ({@code POST /api/v1/testing/clock}), ranked above the system clock. Only ever
 * installed by the e2e harness; never part of the package.
 */
package org.parley.testing.clock;

/** Hand-written fakes of framework and servlet interfaces for the health bundle's unit tests. */
package org.parley.health.internal.testing;

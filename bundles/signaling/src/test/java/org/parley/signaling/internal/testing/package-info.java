/** Hand-written fakes of the meetings service, the transport and the clock, shared by the unit tests. */
package org.parley.signaling.internal.testing;

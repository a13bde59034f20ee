/**
 * The appliance's wall clock, published as {@link org.parley.api.Clock} at ranking 0 so a test clock can outrank it.
 */
package org.parley.system.internal.clock;

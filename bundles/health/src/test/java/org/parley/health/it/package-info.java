/** In-framework tests: the health bundle in a real Felix with the runtime bundles it needs. */
package org.parley.health.it;

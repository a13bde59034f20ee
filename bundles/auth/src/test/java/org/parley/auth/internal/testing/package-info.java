/** Hand-written fakes shared by the auth bundle's tests. */
package org.parley.auth.internal.testing;

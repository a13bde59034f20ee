/** The OpenAPI 3 document of the whole API, generated from the resources currently registered. */
package org.parley.http.internal.openapi;

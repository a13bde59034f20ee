/** Browser sessions and API tokens: their stores and the rules that end them. */
package org.parley.auth.internal.session;

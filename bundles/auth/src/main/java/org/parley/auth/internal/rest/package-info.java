/** The REST resources under /api/v1: auth, account and users. */
package org.parley.auth.internal.rest;

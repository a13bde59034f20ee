/** The {@code /api/v1} Jersey application: resource whiteboard, access rules, problem+json errors. */
package org.parley.http.internal.rest;

/** {@code /api/v1/meetings}: the meetings REST resource, its JSON bodies and the {@code .ics} invitation. */
package org.parley.meetings.internal.rest;

/** Meetings as values: ids, options, the schedule and its RRULE subset, expanded across daylight-saving changes. */
package org.parley.meetings.internal.model;

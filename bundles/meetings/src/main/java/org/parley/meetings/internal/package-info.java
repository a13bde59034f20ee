/**
 * The meetings component and service: create, list, edit and delete meetings under the organisation's policy,
 * audited, with their schedules and invitations.
 */
package org.parley.meetings.internal;

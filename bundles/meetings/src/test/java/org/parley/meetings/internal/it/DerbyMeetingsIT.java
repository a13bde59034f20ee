package org.parley.meetings.internal.it;

/** The meetings contract on embedded Derby in a temporary directory. */
class DerbyMeetingsIT extends MeetingsContract {
}

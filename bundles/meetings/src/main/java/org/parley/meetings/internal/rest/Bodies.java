package org.parley.meetings.internal.rest;

import java.time.Instant;
import java.util.List;
import org.parley.meetings.internal.Meetings;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.Occurrence;

/** The JSON the meetings routes answer with. Times are ISO-8601 strings; the passcode only ever in an invitation. */
public final class Bodies {

    private Bodies() {
    }

    /** A meeting as its owner or an administrator sees it. */
    public record MeetingView(String id, String numericId, String owner, String title, String start, String localStart,
            String timeZone, int durationMinutes, String recurrence, boolean hasPasscode, MeetingOptions options,
            String createdAt, String updatedAt) {

        static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), Long.toString(m.numericId()), m.ownerName(), m.title(),
                    m.schedule().start().toString(),
                    m.schedule().start().atZone(m.schedule().zone()).toLocalDateTime().toString(),
                    m.schedule().zone().getId(), (int) m.schedule().duration().toMinutes(),
                    m.schedule().recurrence() == null ? null : m.schedule().recurrence().toRule(),
                    m.sealedPasscode() != null, m.options(), m.createdAt().toString(), m.updatedAt().toString());
        }
    }

    /** One page of meetings. */
    public record MeetingPage(List<MeetingView> items, int page, int size, long total) {

        static MeetingPage of(Meetings.Page page) {
            return new MeetingPage(page.items().stream().map(MeetingView::of).toList(), page.page(), page.size(),
                    page.total());
        }
    }

    /** One sitting, with the zone's offset at that time. */
    public record OccurrenceView(String start, String end) {

        static OccurrenceView of(Occurrence o) {
            return new OccurrenceView(o.start().toOffsetDateTime().toString(), o.end().toOffsetDateTime().toString());
        }
    }

    /** What the host copies to invite people: the link path, the numeric id and (owner only) the passcode. */
    public record InvitationView(String link, String numericId, String passcode, boolean hasPasscode, String title,
            String start, String timeZone, String recurrence) {

        static InvitationView of(Meetings.Invitation invitation) {
            Meeting m = invitation.meeting();
            Instant start = m.schedule().start();
            return new InvitationView(m.linkPath(), Long.toString(m.numericId()), invitation.passcode(),
                    m.sealedPasscode() != null, m.title(), start.atZone(m.schedule().zone()).toOffsetDateTime()
                    .toString(), m.schedule().zone().getId(),
                    m.schedule().recurrence() == null ? null : m.schedule().recurrence().toRule());
        }
    }
}

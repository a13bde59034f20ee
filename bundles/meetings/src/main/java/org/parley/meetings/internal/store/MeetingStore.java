package org.parley.meetings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.Recurrence;
import org.parley.meetings.internal.model.Schedule;

/**
 * The {@code meetings_meeting} table, in the same SQL on Derby and PostgreSQL. Writes take the caller's
 * connection so the change and its audit record commit together; reads borrow one from the pool. Thread-safe.
 */
public final class MeetingStore {

    private static final String COLUMNS = "id, numeric_id, owner_id, owner_name, title, start_at, duration_minutes, "
            + "time_zone, recurrence, waiting_room, guests_allowed, join_before_host, mute_on_entry, max_participants, "
            + "locked, passcode, created_at, updated_at";

    private final DataSource dataSource;

    public MeetingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public void insert(Connection connection, Meeting meeting) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO meetings_meeting (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, meeting.id());
            insert.setLong(2, meeting.numericId());
            insert.setString(3, meeting.ownerId());
            insert.setString(4, meeting.ownerName());
            bindChangeable(insert, 5, meeting);
            insert.setLong(17, meeting.createdAt().toEpochMilli());
            insert.setLong(18, meeting.updatedAt().toEpochMilli());
            insert.executeUpdate();
        }
    }

    public void update(Connection connection, Meeting meeting) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE meetings_meeting SET title = ?, "
                + "start_at = ?, duration_minutes = ?, time_zone = ?, recurrence = ?, waiting_room = ?, "
                + "guests_allowed = ?, join_before_host = ?, mute_on_entry = ?, max_participants = ?, locked = ?, "
                + "passcode = ?, updated_at = ? WHERE id = ?")) {
            bindChangeable(update, 1, meeting);
            update.setLong(13, meeting.updatedAt().toEpochMilli());
            update.setString(14, meeting.id());
            update.executeUpdate();
        }
    }

    public boolean delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM meetings_meeting WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    public Optional<Meeting> byId(String id) throws SQLException {
        List<Meeting> found = query("SELECT " + COLUMNS + " FROM meetings_meeting WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** One page of the owner's meetings ({@code ownerId == null}: everybody's), by start then id. */
    public List<Meeting> page(String ownerId, int offset, int limit) throws SQLException {
        String where = ownerId == null ? "" : " WHERE owner_id = ?";
        List<Object> parameters = new ArrayList<>();
        if (ownerId != null) {
            parameters.add(ownerId);
        }
        parameters.add(offset);
        parameters.add(limit);
        return query("SELECT " + COLUMNS + " FROM meetings_meeting" + where
                + " ORDER BY start_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", parameters);
    }

    public long count(String ownerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM meetings_meeting"
                        + (ownerId == null ? "" : " WHERE owner_id = ?"))) {
            if (ownerId != null) {
                count.setString(1, ownerId);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<Meeting> query(String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<Meeting> meetings = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    meetings.add(read(rows));
                }
            }
            return meetings;
        }
    }

    private static void bindChangeable(PreparedStatement statement, int first, Meeting meeting) throws SQLException {
        Schedule schedule = meeting.schedule();
        MeetingOptions options = meeting.options();
        statement.setString(first, meeting.title());
        statement.setLong(first + 1, schedule.start().toEpochMilli());
        statement.setInt(first + 2, (int) schedule.duration().toMinutes());
        statement.setString(first + 3, schedule.zone().getId());
        if (schedule.recurrence() == null) {
            statement.setNull(first + 4, Types.VARCHAR);
        } else {
            statement.setString(first + 4, schedule.recurrence().toRule());
        }
        statement.setBoolean(first + 5, options.waitingRoom());
        statement.setBoolean(first + 6, options.guestsAllowed());
        statement.setBoolean(first + 7, options.joinBeforeHost());
        statement.setBoolean(first + 8, options.muteOnEntry());
        statement.setInt(first + 9, options.maxParticipants());
        statement.setBoolean(first + 10, options.locked());
        statement.setString(first + 11, meeting.sealedPasscode());
    }

    private static Meeting read(ResultSet rows) throws SQLException {
        String rule = rows.getString("recurrence");
        Schedule schedule = new Schedule(Instant.ofEpochMilli(rows.getLong("start_at")),
                Duration.ofMinutes(rows.getInt("duration_minutes")), ZoneId.of(rows.getString("time_zone")),
                rule == null ? null : Recurrence.parse(rule));
        MeetingOptions options = new MeetingOptions(rows.getBoolean("waiting_room"), rows.getBoolean("guests_allowed"),
                rows.getBoolean("join_before_host"), rows.getBoolean("mute_on_entry"), rows.getInt("max_participants"),
                rows.getBoolean("locked"));
        return new Meeting(rows.getString("id"), rows.getLong("numeric_id"), rows.getString("owner_id"),
                rows.getString("owner_name"), rows.getString("title"), schedule, options, rows.getString("passcode"),
                Instant.ofEpochMilli(rows.getLong("created_at")), Instant.ofEpochMilli(rows.getLong("updated_at")));
    }
}

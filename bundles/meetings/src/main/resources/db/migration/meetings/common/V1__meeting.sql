-- One row per meeting. Times are epoch milliseconds (start_at is the first occurrence); time_zone is an IANA id the
-- recurrence is expanded in; passcode is AES-GCM ciphertext (base64: nonce, then ciphertext and tag), never clear.
CREATE TABLE meetings_meeting (
    id VARCHAR(32) NOT NULL PRIMARY KEY,
    numeric_id BIGINT NOT NULL,
    owner_id VARCHAR(64) NOT NULL,
    owner_name VARCHAR(256) NOT NULL,
    title VARCHAR(200) NOT NULL,
    start_at BIGINT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    time_zone VARCHAR(64) NOT NULL,
    recurrence VARCHAR(200),
    waiting_room BOOLEAN NOT NULL,
    guests_allowed BOOLEAN NOT NULL,
    join_before_host BOOLEAN NOT NULL,
    mute_on_entry BOOLEAN NOT NULL,
    max_participants INTEGER NOT NULL,
    locked BOOLEAN NOT NULL,
    passcode VARCHAR(128),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT meetings_meeting_numeric UNIQUE (numeric_id)
);

CREATE INDEX meetings_meeting_owner ON meetings_meeting (owner_id, start_at);

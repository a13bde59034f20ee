-- The chain (Derby: details as CLOB). recorded_at is epoch milliseconds from the appliance Clock; details is JSON.
CREATE TABLE audit_record (
    seq BIGINT NOT NULL PRIMARY KEY,
    recorded_at BIGINT NOT NULL,
    actor VARCHAR(256) NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    action_name VARCHAR(128) NOT NULL,
    target_name VARCHAR(1024) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    details CLOB NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    record_hash CHAR(64) NOT NULL
);

CREATE INDEX audit_record_time ON audit_record (recorded_at);
CREATE INDEX audit_record_actor ON audit_record (actor);
CREATE INDEX audit_record_action ON audit_record (action_name);

-- Accounts are keyed by (realm, external_id): a directory or SSO user never merges with a local account of the
-- same name. Roles are a comma-separated list of admin, auditor, host, member. Times are epoch milliseconds.
CREATE TABLE auth_account (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    realm VARCHAR(32) NOT NULL,
    external_id VARCHAR(255) NOT NULL,
    username VARCHAR(128) NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    roles VARCHAR(255) NOT NULL,
    disabled BOOLEAN NOT NULL,
    password_hash VARCHAR(512),
    password_change_required BOOLEAN NOT NULL,
    mfa_enrolment_required BOOLEAN NOT NULL,
    totp_secret VARCHAR(64),
    totp_pending_secret VARCHAR(64),
    totp_last_step BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT auth_account_key UNIQUE (realm, external_id),
    CONSTRAINT auth_account_name UNIQUE (realm, username)
);

-- Recovery codes, SHA-256 of the code; used_at set once.
CREATE TABLE auth_recovery_code (
    account_id VARCHAR(36) NOT NULL,
    code_hash CHAR(64) NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (account_id, code_hash)
);

-- Browser sessions: only the SHA-256 of the cookie value is kept.
CREATE TABLE auth_session (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    secret_hash CHAR(64) NOT NULL UNIQUE,
    account_id VARCHAR(36) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    last_active_at BIGINT NOT NULL
);

CREATE INDEX auth_session_account ON auth_session (account_id);

-- API tokens: only the SHA-256 of the token is kept; permissions a comma-separated subset of the owner's.
CREATE TABLE auth_token (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    secret_hash CHAR(64) NOT NULL UNIQUE,
    account_id VARCHAR(36) NOT NULL,
    name VARCHAR(128) NOT NULL,
    permissions VARCHAR(2000) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_used_at BIGINT
);

CREATE INDEX auth_token_account ON auth_token (account_id);

-- Audit events written while the audit service was not at hand (the break-glass command): recorded, then deleted,
-- by the running appliance.
CREATE TABLE auth_pending_audit (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    created_at BIGINT NOT NULL,
    actor VARCHAR(128) NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(255) NOT NULL,
    detail VARCHAR(1000) NOT NULL
);

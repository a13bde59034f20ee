-- The one row writers lock before appending: where the chain ends and when it was last checkpointed.
CREATE TABLE audit_chain_head (
    id INTEGER NOT NULL PRIMARY KEY,
    chain_id VARCHAR(36),
    last_sequence BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL,
    checkpoint_sequence BIGINT NOT NULL,
    checkpoint_time BIGINT NOT NULL
);

INSERT INTO audit_chain_head (id, chain_id, last_sequence, last_hash, checkpoint_sequence, checkpoint_time)
VALUES (1, NULL, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0, 0);

-- Signed statements "record seq had hash record_hash"; also kept in var/lib/audit/checkpoints.jsonl.
CREATE TABLE audit_checkpoint (
    seq BIGINT NOT NULL PRIMARY KEY,
    chain_id VARCHAR(36) NOT NULL,
    record_hash CHAR(64) NOT NULL,
    signed_at BIGINT NOT NULL,
    key_id VARCHAR(64) NOT NULL,
    signature VARCHAR(200) NOT NULL
);

-- Public keys of the appliances that sign checkpoints of this chain (several may share one PostgreSQL).
CREATE TABLE audit_signer (
    key_id VARCHAR(64) NOT NULL PRIMARY KEY,
    public_key VARCHAR(400) NOT NULL,
    registered_at BIGINT NOT NULL
);

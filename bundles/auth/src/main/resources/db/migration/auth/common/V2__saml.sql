-- SAML 2.0 identity providers. metadata_xml is the last metadata that parsed (kept when a refresh fails);
-- role_mapping holds lines "attribute value=role". Times are epoch milliseconds.
CREATE TABLE auth_saml_idp (
    id VARCHAR(26) NOT NULL PRIMARY KEY,
    name VARCHAR(128) NOT NULL,
    enabled BOOLEAN NOT NULL,
    allow_sha1 BOOLEAN NOT NULL,
    metadata_url VARCHAR(2000),
    metadata_xml VARCHAR(32672) NOT NULL,
    metadata_fetched_at BIGINT NOT NULL,
    username_attribute VARCHAR(255) NOT NULL,
    display_name_attribute VARCHAR(255) NOT NULL,
    email_attribute VARCHAR(255) NOT NULL,
    role_attribute VARCHAR(255) NOT NULL,
    role_mapping VARCHAR(4000) NOT NULL,
    created_at BIGINT NOT NULL
);

-- AuthnRequests sent and not yet answered, keyed by the random RelayState; one use, ten minutes.
CREATE TABLE auth_saml_request (
    relay_state VARCHAR(64) NOT NULL PRIMARY KEY,
    request_id VARCHAR(64) NOT NULL,
    idp_id VARCHAR(26) NOT NULL,
    next_path VARCHAR(2000) NOT NULL,
    created_at BIGINT NOT NULL
);

-- Assertion IDs already used, until their NotOnOrAfter: a replayed assertion is refused.
CREATE TABLE auth_saml_assertion (
    idp_id VARCHAR(26) NOT NULL,
    assertion_id VARCHAR(255) NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (idp_id, assertion_id)
);

-- The IdP session behind a Parley session, for single logout.
CREATE TABLE auth_saml_session (
    session_id VARCHAR(36) NOT NULL PRIMARY KEY,
    idp_id VARCHAR(26) NOT NULL,
    name_id VARCHAR(1000) NOT NULL,
    name_id_format VARCHAR(255) NOT NULL,
    session_index VARCHAR(255) NOT NULL
);

CREATE INDEX auth_saml_session_name ON auth_saml_session (idp_id, name_id);

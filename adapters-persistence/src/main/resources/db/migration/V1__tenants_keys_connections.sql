-- Tenancy, API keys and gateway connections. Every tenant-owned table leads its keys with tenant_id.

CREATE TABLE tenants (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE environments (
    tenant_id   VARCHAR(64) NOT NULL REFERENCES tenants (id),
    id          VARCHAR(64) NOT NULL,
    name        VARCHAR(32) NOT NULL,
    CONSTRAINT environments_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT environments_id_uk UNIQUE (id),
    CONSTRAINT environments_name_uk UNIQUE (tenant_id, name)
);

CREATE TABLE api_keys (
    tenant_id       VARCHAR(64)  NOT NULL,
    id              VARCHAR(64)  NOT NULL,
    environment_id  VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    key_hash        VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT api_keys_id_uk UNIQUE (id),
    CONSTRAINT api_keys_hash_uk UNIQUE (key_hash),
    CONSTRAINT api_keys_environment_fk FOREIGN KEY (tenant_id, environment_id) REFERENCES environments (tenant_id, id)
);

CREATE TABLE connections (
    tenant_id       VARCHAR(64)  NOT NULL,
    environment_id  VARCHAR(64)  NOT NULL,
    id              VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    provider_type   VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    mode            VARCHAR(8)   NOT NULL,
    sealed_secrets  BYTEA        NOT NULL,
    metadata        JSONB        NOT NULL,
    sync_invoice_inbound   BOOLEAN NOT NULL,
    sync_invoice_outbound  BOOLEAN NOT NULL,
    last_test_ok           BOOLEAN,
    last_test_mode         VARCHAR(8),
    last_test_latency_ms   BIGINT,
    last_test_checked_at   TIMESTAMP WITH TIME ZONE,
    last_test_error_code   VARCHAR(64),
    last_test_error_message VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT connections_pk PRIMARY KEY (tenant_id, environment_id, id),
    CONSTRAINT connections_environment_fk FOREIGN KEY (tenant_id, environment_id) REFERENCES environments (tenant_id, id),
    CONSTRAINT connections_status_ck CHECK (status IN ('active', 'archived')),
    CONSTRAINT connections_mode_ck CHECK (mode IN ('test', 'live'))
);

CREATE INDEX connections_listing_ix ON connections (tenant_id, environment_id, status, created_at);

/* [jooq ignore start] */
-- One active connection per provider per environment, enforced here and not only in code.
CREATE UNIQUE INDEX connections_one_active_per_provider_uk
    ON connections (tenant_id, environment_id, provider_type) WHERE status = 'active';
/* [jooq ignore stop] */

-- Invoices, their gap-free numbers, durable sync to the gateway, payment links and idempotent creates.

CREATE TABLE invoice_numbers (
    tenant_id       VARCHAR(64) NOT NULL,
    environment_id  VARCHAR(64) NOT NULL,
    last_number     BIGINT      NOT NULL,
    CONSTRAINT invoice_numbers_pk PRIMARY KEY (tenant_id, environment_id),
    CONSTRAINT invoice_numbers_environment_fk FOREIGN KEY (tenant_id, environment_id) REFERENCES environments (tenant_id, id)
);

CREATE TABLE invoices (
    tenant_id             VARCHAR(64)  NOT NULL,
    environment_id        VARCHAR(64)  NOT NULL,
    id                    VARCHAR(64)  NOT NULL,
    number                VARCHAR(32)  NOT NULL,
    invoice_status        VARCHAR(16)  NOT NULL,
    payment_status        VARCHAR(24)  NOT NULL,
    currency              VARCHAR(3)   NOT NULL,
    total                 NUMERIC(30, 4) NOT NULL,
    amount_paid           NUMERIC(30, 4) NOT NULL,
    customer_external_id  VARCHAR(255) NOT NULL,
    customer_name         VARCHAR(255),
    customer_email        VARCHAR(320),
    due_date              DATE,
    metadata              JSONB        NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    finalized_at          TIMESTAMP WITH TIME ZONE,
    paid_at               TIMESTAMP WITH TIME ZONE,
    voided_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invoices_pk PRIMARY KEY (tenant_id, environment_id, id),
    CONSTRAINT invoices_number_uk UNIQUE (tenant_id, environment_id, number),
    CONSTRAINT invoices_environment_fk FOREIGN KEY (tenant_id, environment_id) REFERENCES environments (tenant_id, id),
    CONSTRAINT invoices_status_ck CHECK (invoice_status IN ('draft', 'finalized', 'voided'))
);

CREATE INDEX invoices_listing_ix ON invoices (tenant_id, environment_id, created_at);

CREATE TABLE invoice_lines (
    tenant_id       VARCHAR(64)    NOT NULL,
    environment_id  VARCHAR(64)    NOT NULL,
    invoice_id      VARCHAR(64)    NOT NULL,
    position        INTEGER        NOT NULL,
    description     VARCHAR(500)   NOT NULL,
    quantity        NUMERIC(36, 12) NOT NULL,
    unit_amount     NUMERIC(36, 12) NOT NULL,
    amount          NUMERIC(30, 4) NOT NULL,
    CONSTRAINT invoice_lines_pk PRIMARY KEY (tenant_id, environment_id, invoice_id, position),
    CONSTRAINT invoice_lines_invoice_fk FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id)
);

-- One row per invoice that should have a gateway link; workers claim due rows with FOR UPDATE SKIP LOCKED and a lease.
CREATE TABLE invoice_syncs (
    tenant_id        VARCHAR(64)  NOT NULL,
    environment_id   VARCHAR(64)  NOT NULL,
    invoice_id       VARCHAR(64)  NOT NULL,
    connection_id    VARCHAR(64)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    last_error       VARCHAR(1000),
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_token      VARCHAR(64),
    lease_until      TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invoice_syncs_pk PRIMARY KEY (tenant_id, environment_id, invoice_id),
    CONSTRAINT invoice_syncs_invoice_fk FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id),
    CONSTRAINT invoice_syncs_state_ck CHECK (state IN ('pending', 'synced', 'failed'))
);

CREATE TABLE payment_links (
    tenant_id           VARCHAR(64)   NOT NULL,
    environment_id      VARCHAR(64)   NOT NULL,
    invoice_id          VARCHAR(64)   NOT NULL,
    gateway_invoice_id  VARCHAR(255)  NOT NULL,
    connection_id       VARCHAR(64)   NOT NULL,
    provider_type       VARCHAR(64)   NOT NULL,
    url                 VARCHAR(2000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    live                BOOLEAN       NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_links_pk PRIMARY KEY (tenant_id, environment_id, invoice_id, gateway_invoice_id),
    CONSTRAINT payment_links_gateway_uk UNIQUE (provider_type, gateway_invoice_id),
    CONSTRAINT payment_links_invoice_fk FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id)
);

-- Gateway links to cancel (voided invoices, replaced links), retried until the gateway confirms.
CREATE TABLE link_cancellations (
    tenant_id           VARCHAR(64)  NOT NULL,
    environment_id      VARCHAR(64)  NOT NULL,
    invoice_id          VARCHAR(64)  NOT NULL,
    gateway_invoice_id  VARCHAR(255) NOT NULL,
    connection_id       VARCHAR(64)  NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    attempts            INTEGER      NOT NULL,
    last_error          VARCHAR(1000),
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_token         VARCHAR(64),
    lease_until         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT link_cancellations_pk PRIMARY KEY (tenant_id, environment_id, invoice_id, gateway_invoice_id),
    CONSTRAINT link_cancellations_state_ck CHECK (state IN ('pending', 'done', 'failed'))
);

CREATE TABLE idempotency_keys (
    tenant_id        VARCHAR(64)  NOT NULL,
    environment_id   VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    invoice_id       VARCHAR(64)  NOT NULL,
    response_status  INTEGER,
    response_body    TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (tenant_id, environment_id, idempotency_key)
);

/* [jooq ignore start] */
CREATE INDEX invoice_syncs_due_ix ON invoice_syncs (next_attempt_at) WHERE state = 'pending';
CREATE INDEX link_cancellations_due_ix ON link_cancellations (next_attempt_at) WHERE state = 'pending';
-- At most one live (payable) link per invoice, whoever creates it.
CREATE UNIQUE INDEX payment_links_one_live_uk ON payment_links (tenant_id, environment_id, invoice_id) WHERE live;
/* [jooq ignore stop] */

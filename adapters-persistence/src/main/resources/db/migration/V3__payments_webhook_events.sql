-- Payments recorded from gateway events, the events themselves (stored once by their gateway id), and the
-- reconciliation schedule of open payment links.

CREATE TABLE payments (
    tenant_id           VARCHAR(64)   NOT NULL,
    environment_id      VARCHAR(64)   NOT NULL,
    id                  VARCHAR(64)   NOT NULL,
    invoice_id          VARCHAR(64)   NOT NULL,
    provider_type       VARCHAR(64)   NOT NULL,
    gateway_payment_id  VARCHAR(255)  NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    amount              NUMERIC(30, 4) NOT NULL,
    amount_refunded     NUMERIC(30, 4) NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    method_type         VARCHAR(64),
    method_company      VARCHAR(64),
    method_last4        VARCHAR(4),
    failure_message     VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_pk PRIMARY KEY (tenant_id, environment_id, id),
    CONSTRAINT payments_gateway_uk UNIQUE (tenant_id, environment_id, provider_type, gateway_payment_id),
    CONSTRAINT payments_invoice_fk FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id)
);

CREATE INDEX payments_invoice_ix ON payments (tenant_id, environment_id, invoice_id);

CREATE TABLE webhook_events (
    tenant_id         VARCHAR(64)   NOT NULL,
    environment_id    VARCHAR(64)   NOT NULL,
    id                VARCHAR(64)   NOT NULL,
    provider_type     VARCHAR(64)   NOT NULL,
    gateway_event_id  VARCHAR(255)  NOT NULL,
    type              VARCHAR(64)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    review_reason     VARCHAR(1000),
    payload           JSONB         NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_events_pk PRIMARY KEY (tenant_id, environment_id, id),
    CONSTRAINT webhook_events_gateway_uk UNIQUE (tenant_id, environment_id, provider_type, gateway_event_id),
    CONSTRAINT webhook_events_status_ck CHECK (status IN ('processed', 'ignored', 'needs_review', 'failed'))
);

CREATE INDEX webhook_events_listing_ix ON webhook_events (tenant_id, environment_id, received_at);

ALTER TABLE payment_links ADD COLUMN next_reconcile_at TIMESTAMP WITH TIME ZONE;

-- One durable queue of gateway jobs instead of one table per kind; payment links in paybridge's own states with the
-- gateway's word kept for display; event payloads kept as text (lossless, and no jsonb parse on the hot path);
-- idempotency keys claimed before the invoice exists and completed with the answer's exact bytes.

CREATE TABLE gateway_jobs (
    tenant_id        VARCHAR(64)   NOT NULL,
    environment_id   VARCHAR(64)   NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    subject          VARCHAR(320)  NOT NULL,
    connection_id    VARCHAR(64)   NOT NULL,
    data             TEXT          NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    last_error       VARCHAR(1000),
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_token      VARCHAR(64),
    lease_until      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gateway_jobs_pk PRIMARY KEY (tenant_id, environment_id, kind, subject),
    CONSTRAINT gateway_jobs_state_ck CHECK (state IN ('pending', 'done', 'failed'))
);

ALTER TABLE payment_links ADD COLUMN gateway_status VARCHAR(64);
ALTER TABLE webhook_events ALTER COLUMN payload TYPE TEXT;
ALTER TABLE idempotency_keys ALTER COLUMN invoice_id DROP NOT NULL;
ALTER TABLE idempotency_keys ADD COLUMN answer_status INTEGER;
ALTER TABLE idempotency_keys ADD COLUMN answer_body BYTEA;

/* [jooq ignore start] */
CREATE INDEX gateway_jobs_due_ix ON gateway_jobs (next_attempt_at) WHERE state = 'pending';

INSERT INTO gateway_jobs (tenant_id, environment_id, kind, subject, connection_id, data, state, attempts, last_error,
                          next_attempt_at, lease_token, lease_until, created_at, updated_at)
SELECT tenant_id, environment_id, 'invoice_sync', invoice_id, connection_id, '{}',
       CASE state WHEN 'synced' THEN 'done' ELSE state END, attempts, last_error, next_attempt_at, lease_token,
       lease_until, updated_at, updated_at
FROM invoice_syncs;

INSERT INTO gateway_jobs (tenant_id, environment_id, kind, subject, connection_id, data, state, attempts, last_error,
                          next_attempt_at, lease_token, lease_until, created_at, updated_at)
SELECT tenant_id, environment_id, 'link_cancellation', invoice_id || '/' || gateway_invoice_id, connection_id,
       json_build_object('invoice_id', invoice_id, 'gateway_invoice_id', gateway_invoice_id)::text, state, attempts,
       last_error, next_attempt_at, lease_token, lease_until, now(), now()
FROM link_cancellations;

-- A live link shows the gateway's word; links taken out of use are retired until a look-up at the gateway confirms
-- they are closed, unless their cancellation was confirmed already.
UPDATE payment_links l SET
    gateway_status = CASE WHEN l.live THEN l.status END,
    status = CASE
        WHEN l.status = 'paid' THEN 'paid'
        WHEN l.status IN ('refunded', 'voided') THEN 'reversed'
        WHEN l.live THEN 'open'
        WHEN l.status IN ('canceled', 'expired') AND EXISTS (
            SELECT 1 FROM link_cancellations c
            WHERE c.tenant_id = l.tenant_id AND c.environment_id = l.environment_id
              AND c.invoice_id = l.invoice_id AND c.gateway_invoice_id = l.gateway_invoice_id AND c.state = 'done')
            THEN l.status
        ELSE 'retired'
    END;

UPDATE idempotency_keys SET answer_status = response_status, answer_body = convert_to(response_body, 'UTF8')
WHERE response_status IS NOT NULL;
/* [jooq ignore stop] */

ALTER TABLE idempotency_keys DROP COLUMN response_status;
ALTER TABLE idempotency_keys DROP COLUMN response_body;
DROP TABLE invoice_syncs;
DROP TABLE link_cancellations;
ALTER TABLE payment_links ADD CONSTRAINT payment_links_status_ck
    CHECK (status IN ('open', 'paid', 'canceled', 'expired', 'retired', 'reversed', 'unknown'));

/* [jooq ignore start] */
DROP INDEX IF EXISTS link_cancellations_due_ix;
-- The reconciliation sweep reads links that may still take money, by when they are due.
CREATE INDEX payment_links_reconcile_ix ON payment_links (next_reconcile_at)
    WHERE status IN ('open', 'retired', 'unknown');
/* [jooq ignore stop] */

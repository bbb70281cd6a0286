-- Each connection's gateway webhook: who registers it (manual or automatic), where it stands, the gateway's id for it,
-- its events, and when it was confirmed, last heard from, or why it failed.

ALTER TABLE connections ADD COLUMN webhook_setup VARCHAR(16) NOT NULL DEFAULT 'manual';
ALTER TABLE connections ADD COLUMN webhook_state VARCHAR(32) NOT NULL DEFAULT 'unconfirmed';
ALTER TABLE connections ADD COLUMN gateway_webhook_id VARCHAR(255);
ALTER TABLE connections ADD COLUMN webhook_events TEXT;
ALTER TABLE connections ADD COLUMN webhook_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE connections ADD COLUMN webhook_last_event_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE connections ADD COLUMN webhook_last_error VARCHAR(1000);

/* [jooq ignore start] */
ALTER TABLE connections ADD CONSTRAINT connections_webhook_setup_ck CHECK (webhook_setup IN ('manual', 'automatic'));
ALTER TABLE connections ADD CONSTRAINT connections_webhook_state_ck
    CHECK (webhook_state IN ('unconfirmed', 'registering', 'awaiting_verification', 'verified', 'failed'));

-- A connection that already received authentic events has a webhook that works.
UPDATE connections c SET webhook_state = 'verified',
    webhook_verified_at = e.first_at, webhook_last_event_at = e.last_at
FROM (SELECT tenant_id, environment_id, provider_type, min(received_at) AS first_at, max(received_at) AS last_at
      FROM webhook_events WHERE gateway_event_id NOT LIKE 'reconciliation:%'
      GROUP BY tenant_id, environment_id, provider_type) e
WHERE c.tenant_id = e.tenant_id AND c.environment_id = e.environment_id AND c.provider_type = e.provider_type
  AND c.status = 'active';
/* [jooq ignore stop] */

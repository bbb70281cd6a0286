-- The active connection of one gateway in a tenant environment (at most one, by connections_one_active_per_provider_uk),
-- whose secrets verify its webhooks: read outside any transaction when paybridge keeps none for the environment, or the
-- one it kept changed (verifier-unchanged.sql). The columns are read by position, in the order of the table (and of
-- jOOQ's generated CONNECTIONS).
-- parameters: tenant_id, environment_id, provider_type
SELECT tenant_id, environment_id, id, name, provider_type, status, mode, sealed_secrets, metadata,
       sync_invoice_inbound, sync_invoice_outbound, last_test_ok, last_test_mode, last_test_latency_ms,
       last_test_checked_at, last_test_error_code, last_test_error_message, created_at, updated_at, webhook_setup,
       webhook_state, gateway_webhook_id, webhook_events, webhook_verified_at, webhook_last_event_at,
       webhook_last_error
  FROM connections
 WHERE tenant_id = ? AND environment_id = ? AND provider_type = ? AND status = 'active'

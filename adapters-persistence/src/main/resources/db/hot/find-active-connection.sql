-- A webhook's first read, outside any transaction: the active connection of one gateway in a tenant environment (at
-- most one, by connections_one_active_per_provider_uk), whose secrets verify the webhook.
-- parameters: tenant_id, environment_id, provider_type
SELECT *
  FROM connections
 WHERE tenant_id = ? AND environment_id = ? AND provider_type = ? AND status = 'active'

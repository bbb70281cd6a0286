-- A verified event, stored once: a second delivery of the same gateway event id inserts nothing (webhook_events_gateway_uk).
-- parameters: tenant_id, environment_id, event_row_id, provider_type, gateway_event_id, event_type, event_status, review_reason, payload, received_at, processed_at
INSERT INTO webhook_events (tenant_id, environment_id, id, provider_type, gateway_event_id, type, status, review_reason,
                            payload, received_at, processed_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

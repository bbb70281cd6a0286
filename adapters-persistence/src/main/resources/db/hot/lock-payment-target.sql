-- The webhook's read, three statements sent in one round trip (a webhook sends the event's insert ahead of them, in
-- the same one): the link a payment was made on with its invoice, locked until the transaction ends; then the
-- invoice's lines and its payments (oldest first). The two reads run after the lock is held, each with its own
-- snapshot, so they see whatever the transaction that held the lock before committed.
-- parameters: tenant_id, environment_id, provider_type, gateway_invoice_id, tenant_id, environment_id, provider_type, gateway_invoice_id, tenant_id, environment_id, provider_type, gateway_invoice_id
SELECT l.invoice_id, l.gateway_invoice_id, l.connection_id, l.provider_type, l.url, l.status, l.gateway_status,
       l.live, l.expires_at, l.created_at,
       i.number, i.invoice_status, i.payment_status, i.currency, i.total, i.amount_paid, i.customer_external_id,
       i.customer_name, i.customer_email, i.due_date, i.metadata, i.created_at, i.finalized_at, i.paid_at,
       i.voided_at
  FROM payment_links l
  JOIN invoices i ON i.tenant_id = l.tenant_id AND i.environment_id = l.environment_id AND i.id = l.invoice_id
 WHERE l.tenant_id = ? AND l.environment_id = ? AND l.provider_type = ? AND l.gateway_invoice_id = ?
   FOR UPDATE OF i;
SELECT n.description, n.quantity, n.unit_amount, n.amount
  FROM payment_links l
  JOIN invoice_lines n ON n.tenant_id = l.tenant_id AND n.environment_id = l.environment_id
                      AND n.invoice_id = l.invoice_id
 WHERE l.tenant_id = ? AND l.environment_id = ? AND l.provider_type = ? AND l.gateway_invoice_id = ?
 ORDER BY n.position;
SELECT p.id, p.provider_type, p.gateway_payment_id, p.status, p.amount, p.amount_refunded, p.currency,
       p.method_type, p.method_company, p.method_last4, p.failure_message, p.created_at, p.updated_at
  FROM payment_links l
  JOIN payments p ON p.tenant_id = l.tenant_id AND p.environment_id = l.environment_id AND p.invoice_id = l.invoice_id
 WHERE l.tenant_id = ? AND l.environment_id = ? AND l.provider_type = ? AND l.gateway_invoice_id = ?
 ORDER BY p.created_at, p.id

-- The webhook's write, one round trip: the payment (new, or merged into the row with its id), the link's new status
-- when one is given (link_status_changes), and the invoice's payment figures and timestamps.
-- parameters: tenant_id, environment_id, payment_id, invoice_id, provider_type, gateway_payment_id, payment_state, amount, amount_refunded, currency, method_type, method_company, method_last4, failure_message, payment_created_at, payment_updated_at, link_status, tenant_id, environment_id, invoice_id, gateway_invoice_id, link_status_changes, invoice_status, invoice_payment_status, amount_paid, finalized_at, paid_at, voided_at, tenant_id, environment_id, invoice_id
WITH payment AS (
    INSERT INTO payments (tenant_id, environment_id, id, invoice_id, provider_type, gateway_payment_id, status, amount,
                          amount_refunded, currency, method_type, method_company, method_last4, failure_message,
                          created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, environment_id, id) DO UPDATE
       SET status = excluded.status, amount_refunded = excluded.amount_refunded, method_type = excluded.method_type,
           method_company = excluded.method_company, method_last4 = excluded.method_last4,
           failure_message = excluded.failure_message, updated_at = excluded.updated_at
    RETURNING 1
), link AS (
    UPDATE payment_links SET status = ?
     WHERE tenant_id = ? AND environment_id = ? AND invoice_id = ? AND gateway_invoice_id = ? AND ?
    RETURNING 1
)
UPDATE invoices
   SET invoice_status = ?, payment_status = ?, amount_paid = ?, finalized_at = ?, paid_at = ?, voided_at = ?
 WHERE tenant_id = ? AND environment_id = ? AND id = ?

-- The reconciliation sweep claims the links that may still take money in the order of
-- ORDER BY next_reconcile_at NULLS FIRST (links never reconciled first). An index in that same order lets a claim of a
-- few links stop after them; in the ascending order of V4 (nulls last) every due link was read and sorted per claim.

/* [jooq ignore start] */
DROP INDEX payment_links_reconcile_ix;
CREATE INDEX payment_links_reconcile_ix ON payment_links (next_reconcile_at NULLS FIRST)
    WHERE status IN ('open', 'retired', 'unknown');
/* [jooq ignore stop] */

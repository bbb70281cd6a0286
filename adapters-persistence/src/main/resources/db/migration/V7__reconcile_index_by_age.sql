-- The reconciliation sweep claims links never looked at once they are an interval old, oldest first, then the others
-- when they are due again. With the links' creation time after the due time in the index, each of the two claims is a
-- range of it: the never-looked-at links that are still young no longer sit at its head, read and passed over by
-- every claim (V6).

/* [jooq ignore start] */
DROP INDEX payment_links_reconcile_ix;
CREATE INDEX payment_links_reconcile_ix ON payment_links (next_reconcile_at NULLS FIRST, created_at)
    WHERE status IN ('open', 'retired', 'unknown');
/* [jooq ignore stop] */

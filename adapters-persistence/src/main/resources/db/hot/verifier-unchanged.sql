-- A webhook's check, sent ahead of its event's insert in the same round trip: the connection whose secrets verified
-- the delivery (perhaps read a while ago, and kept) is still active with those same secrets. One row: true or false;
-- on false paybridge rolls the transaction back, insert included, and verifies the delivery again with a fresh read.
-- parameters: tenant_id, environment_id, connection_id, sealed_secrets
SELECT EXISTS (SELECT 1
                 FROM connections
                WHERE tenant_id = ? AND environment_id = ? AND id = ? AND status = 'active' AND sealed_secrets = ?)

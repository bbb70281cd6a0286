-- parameters: tenant_id
SELECT 1 FROM connections WHERE tenant_id = ? AND environment_id = ?

-- A group that no steward looks after yet (imported, or created by an admin) shows as unclaimed; one of its
-- stewards can ask to claim it, and an admin approves the claim.
ALTER TABLE asset_group ADD COLUMN claim_requested_by BIGINT;
ALTER TABLE asset_group ADD COLUMN claim_requested_at TIMESTAMP;

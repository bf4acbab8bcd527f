-- A review coming up for Sam's group: "Singing for the brain" was last confirmed in January, so the Riverside Food
-- Pantry's stewards are reminded before its year is up (in "new for you", the weekly email and the group's to-do).
UPDATE asset_service SET reviewed_on = CAST('2026-01-20' AS DATE)
 WHERE uuid = '16139aa5-eb9d-5f81-8a2a-474c8e08022d';

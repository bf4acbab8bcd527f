-- A commitment the board made to meet an unmet need: the need as the board's list named it, and the thread it
-- came from (null for a search that found nothing).
ALTER TABLE partnership_commitment ADD COLUMN need_title VARCHAR(200);
ALTER TABLE partnership_commitment ADD COLUMN need_href VARCHAR(300);

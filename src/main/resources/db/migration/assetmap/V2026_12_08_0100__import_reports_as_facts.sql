-- An import's report keeps facts, said in each reader's language: a walk's findings as JSON (the English words of
-- walks kept before stay in message), a record's outcome by its name. Reasons and notes kept before as English
-- lines read as they were written.
ALTER TABLE asset_feed_run ADD COLUMN findings VARCHAR(4000);

UPDATE asset_feed_run_line SET outcome = 'CREATED' WHERE outcome = 'created';
UPDATE asset_feed_run_line SET outcome = 'UPDATED' WHERE outcome = 'updated';
UPDATE asset_feed_run_line SET outcome = 'UNCHANGED' WHERE outcome = 'unchanged';
UPDATE asset_feed_run_line SET outcome = 'REJECTED' WHERE outcome = 'rejected';
UPDATE asset_feed_run_line SET outcome = 'OFFERED' WHERE outcome LIKE 'offered%';
UPDATE asset_feed_run_line SET outcome = 'KEPT_EDITED' WHERE outcome LIKE 'kept as%';
UPDATE asset_feed_run_line SET outcome = 'KEPT_LEFT' WHERE outcome LIKE 'kept:%';
UPDATE asset_feed_run_line SET outcome = 'ARCHIVED' WHERE outcome LIKE 'archived%';

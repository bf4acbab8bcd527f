-- Searches are answered by each server's index in memory (LiveServiceIndex), which reads the listings changed
-- since it last looked, by when they were modified; the word and place indexes searched in SQL are not needed.
CREATE INDEX ix_asset_service_modified ON asset_service (modified_at);
DROP INDEX ix_asset_word;
DROP INDEX ix_asset_location_place;

-- Word search through an index rather than by reading every description: each listing's words (lower case,
-- without the little words, at most 40 characters) are rows here, looked up by prefix. Services indexed by older
-- rules (index_version below the application's) are indexed again when the application starts.
CREATE TABLE asset_service_word (
    service_id BIGINT      NOT NULL,
    word       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_asset_service_word PRIMARY KEY (service_id, word),
    CONSTRAINT fk_asset_word_service FOREIGN KEY (service_id) REFERENCES asset_service (id)
);
CREATE INDEX ix_asset_word ON asset_service_word (word, service_id);

ALTER TABLE asset_service ADD COLUMN index_version INTEGER NOT NULL DEFAULT 0;

-- distance: a box of latitudes around a point, its venues' service read from the same index
CREATE INDEX ix_asset_location_place ON asset_location (latitude, longitude, service_id);
DROP INDEX ix_asset_location_latitude;

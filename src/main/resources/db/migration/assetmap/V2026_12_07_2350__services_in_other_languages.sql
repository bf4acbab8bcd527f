-- A service's name and description in more than one language (issue 26): the steward's own words are in the
-- language the service says it is written in (written_in; services listed before say nothing, and are English), and
-- each of the portal's other languages may have the same in that language, given by a steward.
ALTER TABLE asset_service ADD COLUMN written_in VARCHAR(35);
CREATE TABLE asset_service_translation (
    service_id  BIGINT         NOT NULL,
    language    VARCHAR(35)    NOT NULL,
    name        VARCHAR(160)   NOT NULL,
    description VARCHAR(3000)  NOT NULL,
    CONSTRAINT pk_asset_service_translation PRIMARY KEY (service_id, language),
    CONSTRAINT fk_asset_translation_service FOREIGN KEY (service_id) REFERENCES asset_service (id)
);

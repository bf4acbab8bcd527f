-- What each steward has read of their groups' news: a review reminder at one level ("review:<service>:<level>", so
-- the next level is news again) or a suggestion ("suggestion:<id>"). The news itself is worked out from the
-- services and suggestions as they are.
CREATE TABLE asset_steward_seen (
    member_id BIGINT       NOT NULL,
    item_key  VARCHAR(80)  NOT NULL,
    seen_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_asset_steward_seen PRIMARY KEY (member_id, item_key)
);

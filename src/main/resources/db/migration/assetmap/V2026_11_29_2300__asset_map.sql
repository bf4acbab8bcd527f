-- The community asset map (module assetmap): services that groups offer, where and when, described so that the
-- directory can be published as Open Referral UK 3.0. Groups are the neighbourhood module's organisations,
-- named here by slug (no relation crosses a module boundary); every public id is a UUID that never changes.

-- The portal's community-asset taxonomy: a stable code and UUID for each term (Open Referral taxonomy_terms).
CREATE TABLE asset_taxonomy_term (
    id          CHAR(36)     NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT pk_asset_taxonomy_term PRIMARY KEY (id),
    CONSTRAINT uq_asset_taxonomy_term_code UNIQUE (code)
);

INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('91eecea4-ce02-591d-baf4-84cd7adf44a9', 'physical-activity', 'Physical activity', 'Walking groups, exercise classes, sport and active play.', 1);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('c803afec-c9d8-5e83-8297-d17d90d8a4b0', 'social-groups', 'Social groups', 'Coffee mornings, lunch clubs, clubs and friendship groups.', 2);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('549904be-1e62-53a6-80ff-6006abd44ab4', 'mental-wellbeing', 'Mental wellbeing', 'Peer support, talking groups, mindfulness and wellbeing sessions.', 3);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('fb0b0f31-d7b6-5760-b1ac-53b7e0382418', 'arts-and-culture', 'Arts and culture', 'Crafts, music, singing, drama, creative writing and heritage.', 4);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('aaec6e43-3663-506b-8d90-f190ceebd8e6', 'food', 'Food', 'Food banks, pantries, community meals and cooking classes.', 5);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('e40ed190-8de2-52de-8a3a-6da3c2fd94b0', 'money-and-debt', 'Money and debt advice', 'Benefits checks, budgeting help and debt advice.', 6);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('a190e411-c532-55f8-8f0f-d5414be921a3', 'carers', 'Carers', 'Support, breaks and groups for unpaid carers.', 7);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('21b8626b-7061-56f7-9d22-60118d7049b9', 'older-people', 'Older people', 'Activities and support for older people.', 8);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('19706daf-f878-5778-a538-5f810435c728', 'children-and-families', 'Children and families', 'Play groups, parenting support and family activities.', 9);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('0c7394b4-edc3-599e-a9a2-9cb7e07bae5d', 'young-people', 'Young people', 'Youth clubs, mentoring and activities for young people.', 10);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('ad94820d-1bd2-5314-a0d0-22d1a90ad7b0', 'learning-and-skills', 'Learning and skills', 'Classes, digital skills, English language and job clubs.', 11);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('2914d163-20dd-5012-bc53-fa1fd089fc1d', 'volunteering', 'Volunteering', 'Ways to give time and help others.', 12);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('f8f101a7-d72c-59ac-9e50-a09ad7dea5d4', 'housing-advice', 'Housing advice', 'Help with tenancies, repairs, homelessness and keeping warm.', 13);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('fba95063-e4c2-5dd6-9ed8-62a8a6f6845c', 'nature-and-gardening', 'Nature and gardening', 'Community gardens, allotments and green spaces.', 14);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('b43fad3d-3b30-5100-b93a-8dcd2a216e87', 'faith-and-belief', 'Faith and belief', 'Groups run by faith communities, open to all.', 15);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('a136f6e9-9ff9-5367-bb63-ddf9fb8754a9', 'health-conditions', 'Living with a health condition', 'Support groups for people living with long-term conditions.', 16);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('028cc99f-a925-591f-abf7-8be829a83c74', 'loneliness', 'Loneliness and isolation', 'Befriending, visits and calls for people on their own.', 17);
INSERT INTO asset_taxonomy_term (id, code, name, description, sort_order) VALUES ('a76958e8-50bc-572d-b8aa-354f21d268c1', 'digital-inclusion', 'Getting online', 'Help with phones, computers and the internet.', 18);

-- A group's place on the map: its Open Referral organization id, and whether a steward has claimed it.
CREATE TABLE asset_group (
    organisation_slug VARCHAR(80) NOT NULL,
    uuid              CHAR(36)    NOT NULL,
    claimed_at        TIMESTAMP,
    CONSTRAINT pk_asset_group PRIMARY KEY (organisation_slug),
    CONSTRAINT uq_asset_group_uuid UNIQUE (uuid)
);

CREATE TABLE asset_service (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    uuid              CHAR(36)      NOT NULL,
    group_slug        VARCHAR(80)   NOT NULL,
    neighbourhood_id  BIGINT        NOT NULL,
    name              VARCHAR(160)  NOT NULL,
    description       VARCHAR(3000) NOT NULL,
    minimum_age       INTEGER,
    maximum_age       INTEGER,
    eligibility       VARCHAR(500),
    free              BOOLEAN       NOT NULL,
    cost              VARCHAR(300),
    how_to_join       VARCHAR(20)   NOT NULL,
    languages         VARCHAR(200),
    phone             VARCHAR(40),
    email             VARCHAR(254),
    website           VARCHAR(300),
    online            BOOLEAN       NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    reviewed_on       DATE          NOT NULL,
    checked_on        DATE,
    created_at        TIMESTAMP     NOT NULL,
    modified_at       TIMESTAMP     NOT NULL,
    search_text       VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_asset_service PRIMARY KEY (id),
    CONSTRAINT uq_asset_service_uuid UNIQUE (uuid),
    CONSTRAINT fk_asset_service_group FOREIGN KEY (group_slug) REFERENCES asset_group (organisation_slug)
);
CREATE INDEX ix_asset_service_place ON asset_service (status, neighbourhood_id, name);
CREATE INDEX ix_asset_service_name ON asset_service (status, name);
CREATE INDEX ix_asset_service_group ON asset_service (group_slug);

CREATE TABLE asset_service_category (
    service_id BIGINT   NOT NULL,
    term_id    CHAR(36) NOT NULL,
    CONSTRAINT pk_asset_service_category PRIMARY KEY (service_id, term_id),
    CONSTRAINT fk_asset_category_service FOREIGN KEY (service_id) REFERENCES asset_service (id),
    CONSTRAINT fk_asset_category_term FOREIGN KEY (term_id) REFERENCES asset_taxonomy_term (id)
);
CREATE INDEX ix_asset_category_term ON asset_service_category (term_id, service_id);

-- Where a service happens: a venue (each also an Open Referral service_at_location, with an id of its own).
CREATE TABLE asset_location (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    uuid              CHAR(36)     NOT NULL,
    at_uuid           CHAR(36)     NOT NULL,
    service_id        BIGINT       NOT NULL,
    venue             VARCHAR(160) NOT NULL,
    address           VARCHAR(300) NOT NULL,
    town              VARCHAR(80)  NOT NULL,
    postcode          VARCHAR(10)  NOT NULL,
    latitude          DOUBLE PRECISION NOT NULL,
    longitude         DOUBLE PRECISION NOT NULL,
    step_free         BOOLEAN      NOT NULL,
    hearing_loop      BOOLEAN      NOT NULL,
    accessible_toilet BOOLEAN      NOT NULL,
    parking           BOOLEAN      NOT NULL,
    CONSTRAINT pk_asset_location PRIMARY KEY (id),
    CONSTRAINT uq_asset_location_uuid UNIQUE (uuid),
    CONSTRAINT uq_asset_location_at_uuid UNIQUE (at_uuid),
    CONSTRAINT fk_asset_location_service FOREIGN KEY (service_id) REFERENCES asset_service (id)
);
CREATE INDEX ix_asset_location_service ON asset_location (service_id);
CREATE INDEX ix_asset_location_latitude ON asset_location (latitude, longitude);

-- When: as Open Referral (HSDS 3.0) describes a recurring schedule, in Europe/London local time.
CREATE TABLE asset_schedule (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    uuid        CHAR(36)     NOT NULL,
    service_id  BIGINT       NOT NULL,
    freq        VARCHAR(8)   NOT NULL,
    repeat_every INTEGER     NOT NULL,
    byday       VARCHAR(40)  NOT NULL,
    opens_at    TIME         NOT NULL,
    closes_at   TIME         NOT NULL,
    dtstart     DATE         NOT NULL,
    valid_from  DATE,
    valid_to    DATE,
    description VARCHAR(300),
    CONSTRAINT pk_asset_schedule PRIMARY KEY (id),
    CONSTRAINT uq_asset_schedule_uuid UNIQUE (uuid),
    CONSTRAINT fk_asset_schedule_service FOREIGN KEY (service_id) REFERENCES asset_service (id)
);
CREATE INDEX ix_asset_schedule_service ON asset_schedule (service_id);

-- What a schedule cannot say: not on bank holidays, not in a month, cancelled on a date; each with a reason.
CREATE TABLE asset_schedule_exception (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    schedule_id BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    on_date     DATE,
    in_month    INTEGER,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_asset_schedule_exception PRIMARY KEY (id),
    CONSTRAINT fk_asset_exception_schedule FOREIGN KEY (schedule_id) REFERENCES asset_schedule (id)
);
CREATE INDEX ix_asset_exception_schedule ON asset_schedule_exception (schedule_id);

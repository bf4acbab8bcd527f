-- The taxonomy's terms in the portal's other languages: a term's name and what it covers, shown to readers of that
-- language (the Open Referral feed keeps the taxonomy's English). The Welsh awaits a Welsh speaker's review.
CREATE TABLE asset_taxonomy_term_translation (
    term_id     CHAR(36)     NOT NULL,
    language    VARCHAR(35)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    CONSTRAINT pk_asset_taxonomy_term_translation PRIMARY KEY (term_id, language),
    CONSTRAINT fk_asset_taxonomy_term_translation_term FOREIGN KEY (term_id) REFERENCES asset_taxonomy_term (id)
);

INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('91eecea4-ce02-591d-baf4-84cd7adf44a9', 'cy-GB', 'Gweithgarwch corfforol', 'Grwpiau cerdded, dosbarthiadau ymarfer corff, chwaraeon a chwarae egnïol.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('c803afec-c9d8-5e83-8297-d17d90d8a4b0', 'cy-GB', 'Grwpiau cymdeithasol', 'Boreau coffi, clybiau cinio, clybiau a grwpiau cyfeillgarwch.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('549904be-1e62-53a6-80ff-6006abd44ab4', 'cy-GB', 'Lles meddyliol', 'Cymorth gan gymheiriaid, grwpiau siarad, ymwybyddiaeth ofalgar a sesiynau lles.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('fb0b0f31-d7b6-5760-b1ac-53b7e0382418', 'cy-GB', 'Celfyddydau a diwylliant', 'Crefftau, cerddoriaeth, canu, drama, ysgrifennu creadigol a threftadaeth.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('aaec6e43-3663-506b-8d90-f190ceebd8e6', 'cy-GB', 'Bwyd', 'Banciau bwyd, pantrïau, prydau cymunedol a dosbarthiadau coginio.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('e40ed190-8de2-52de-8a3a-6da3c2fd94b0', 'cy-GB', 'Cyngor ar arian a dyledion', 'Gwiriadau budd-daliadau, help gyda chyllidebu a chyngor ar ddyledion.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('a190e411-c532-55f8-8f0f-d5414be921a3', 'cy-GB', 'Gofalwyr', 'Cymorth, seibiannau a grwpiau i ofalwyr di-dâl.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('21b8626b-7061-56f7-9d22-60118d7049b9', 'cy-GB', 'Pobl hŷn', 'Gweithgareddau a chymorth i bobl hŷn.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('19706daf-f878-5778-a538-5f810435c728', 'cy-GB', 'Plant a theuluoedd', 'Grwpiau chwarae, cymorth rhianta a gweithgareddau i deuluoedd.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('0c7394b4-edc3-599e-a9a2-9cb7e07bae5d', 'cy-GB', 'Pobl ifanc', 'Clybiau ieuenctid, mentora a gweithgareddau i bobl ifanc.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('ad94820d-1bd2-5314-a0d0-22d1a90ad7b0', 'cy-GB', 'Dysgu a sgiliau', 'Dosbarthiadau, sgiliau digidol, Saesneg a chlybiau swyddi.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('2914d163-20dd-5012-bc53-fa1fd089fc1d', 'cy-GB', 'Gwirfoddoli', 'Ffyrdd o roi amser a helpu eraill.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('f8f101a7-d72c-59ac-9e50-a09ad7dea5d4', 'cy-GB', 'Cyngor ar dai', 'Help gyda thenantiaethau, atgyweiriadau, digartrefedd a chadw''n gynnes.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('fba95063-e4c2-5dd6-9ed8-62a8a6f6845c', 'cy-GB', 'Natur a garddio', 'Gerddi cymunedol, rhandiroedd a mannau gwyrdd.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('b43fad3d-3b30-5100-b93a-8dcd2a216e87', 'cy-GB', 'Ffydd a chred', 'Grwpiau a gynhelir gan gymunedau ffydd, yn agored i bawb.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('a136f6e9-9ff9-5367-bb63-ddf9fb8754a9', 'cy-GB', 'Byw gyda chyflwr iechyd', 'Grwpiau cymorth i bobl sy''n byw gyda chyflyrau hirdymor.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('028cc99f-a925-591f-abf7-8be829a83c74', 'cy-GB', 'Unigrwydd ac ynysigrwydd', 'Cyfeillio, ymweliadau a galwadau i bobl ar eu pen eu hunain.');
INSERT INTO asset_taxonomy_term_translation (term_id, language, name, description) VALUES ('a76958e8-50bc-572d-b8aa-354f21d268c1', 'cy-GB', 'Mynd ar-lein', 'Help gyda ffonau, cyfrifiaduron a''r rhyngrwyd.');

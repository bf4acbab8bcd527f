-- The partnership kept the forum's addresses as text (a proposal's, the proposal a commitment carries out, the
-- thread an unmet need came from, each agenda item's). It now keeps the thread by id and its forum by slug, and
-- the forum writes the address when it is shown (ForumLinks), as an agenda item's link is written from what it
-- refers to.
ALTER TABLE partnership_proposal ADD COLUMN forum_slug VARCHAR(80) DEFAULT '' NOT NULL;
UPDATE partnership_proposal
   SET forum_slug = SUBSTR(href, 9, LENGTH(href) - 17 - LENGTH(TRIM(CAST(thread_id AS CHAR(20)))));
ALTER TABLE partnership_proposal DROP COLUMN href;

ALTER TABLE partnership_commitment ADD COLUMN proposal_forum VARCHAR(80);
UPDATE partnership_commitment
   SET proposal_forum = SUBSTR(proposal_href, 9,
                               LENGTH(proposal_href) - 17 - LENGTH(TRIM(CAST(proposal_thread_id AS CHAR(20)))))
 WHERE proposal_href IS NOT NULL AND proposal_thread_id IS NOT NULL;
ALTER TABLE partnership_commitment DROP COLUMN proposal_href;

-- A need's thread was kept only as its address, which no portal has yet stored for real (the demo sets none):
-- the need's title stays, its link starts again from the next commitment made from the list.
ALTER TABLE partnership_commitment ADD COLUMN need_thread_id BIGINT;
ALTER TABLE partnership_commitment ADD COLUMN need_forum VARCHAR(80);
ALTER TABLE partnership_commitment DROP COLUMN need_href;

ALTER TABLE partnership_agenda_item DROP COLUMN href;

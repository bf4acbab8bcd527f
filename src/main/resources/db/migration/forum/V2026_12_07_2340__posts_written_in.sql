-- The language a post was written in, as its author chose (issue 26): a post in Polish on an English page is marked
-- as Polish. Posts written before say nothing of their language.
ALTER TABLE forum_post ADD COLUMN written_in VARCHAR(35);

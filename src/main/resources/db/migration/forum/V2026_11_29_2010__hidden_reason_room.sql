-- A moderator's reason (up to 500 characters) is stored with the words that say who hid the post.
ALTER TABLE forum_post ALTER COLUMN hidden_reason SET DATA TYPE VARCHAR(600);

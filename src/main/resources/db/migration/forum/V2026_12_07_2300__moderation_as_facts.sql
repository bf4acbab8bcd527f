-- What a moderator did is kept as facts, said in the reader's language when shown (issue 26): a hidden post says
-- who hid it (a moderator, with their reason as they wrote it, or members' reports) instead of an English sentence;
-- a moderation action says what kind of thing it was done to, its name then, a reply's place and a suspension's
-- end. Rows written before keep their words as they were.
ALTER TABLE forum_post ADD COLUMN hidden_by VARCHAR(16);
UPDATE forum_post SET hidden_by = 'REPORTS', hidden_reason = NULL
  WHERE hidden_reason = 'Hidden after members reported it, until a moderator reviews it.';
UPDATE forum_post SET hidden_by = 'MODERATOR', hidden_reason = SUBSTR(hidden_reason, 24)
  WHERE hidden_reason LIKE 'Hidden by a moderator: %';
ALTER TABLE moderation_action ADD COLUMN subject_kind VARCHAR(16);
ALTER TABLE moderation_action ADD COLUMN subject_name VARCHAR(200);
ALTER TABLE moderation_action ADD COLUMN subject_position INTEGER;
ALTER TABLE moderation_action ADD COLUMN until_at TIMESTAMP;

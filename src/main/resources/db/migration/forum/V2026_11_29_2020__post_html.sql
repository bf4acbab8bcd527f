-- Posts keep their body as safe HTML, rendered when written rather than on every view (filled in at start-up for
-- posts written before this).
ALTER TABLE forum_post ADD COLUMN body_html VARCHAR(32672);

-- Forum search on PostgreSQL (issue 25): each post's and thread title's words, as PostgreSQL's English full-text
-- search reads them, kept beside the text (computed by the database on every write, so nothing in the portal
-- writes them) and found through a GIN index. `LIKE '%word%'` read all 2,000,000 posts of the scale data for each
-- search: 4.4 s (docs/performance.md, run 6). The embedded database keeps the simpler search.
ALTER TABLE forum_post ADD COLUMN body_words tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(body, ''))) STORED;
CREATE INDEX ix_forum_post_words ON forum_post USING gin (body_words);
ALTER TABLE forum_thread ADD COLUMN title_words tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, ''))) STORED;
CREATE INDEX ix_forum_thread_words ON forum_thread USING gin (title_words);

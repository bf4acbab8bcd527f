-- A member's own posts are read on every signed-in page (their hidden posts, for the notice) and on every post
-- (how many in the last minute; how many kept, for their trust level). Without an index each of those read every
-- post: 130-225 ms a signed-in page at 200,000 posts on PostgreSQL (issue 24's growth runs).
CREATE INDEX ix_forum_post_author ON forum_post (author_id, created_at);
-- Every list of threads leaves out those whose opening post a moderator hid: "no hidden opening post" was checked
-- thread by thread (a forum's count on the neighbourhood page, 94 ms at 200,000 posts). Hidden posts are few, and
-- found at once by this index: 12 ms.
CREATE INDEX ix_forum_post_hidden ON forum_post (hidden_at);

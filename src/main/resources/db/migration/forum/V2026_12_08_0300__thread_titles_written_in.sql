-- The language a thread's title was written in: its opening post's, as its author chose (issue 26), kept on the
-- thread so every list of threads marks its titles without reading their opening posts.
ALTER TABLE forum_thread ADD COLUMN written_in VARCHAR(35);
UPDATE forum_thread SET written_in = (SELECT p.written_in FROM forum_post p WHERE p.thread_id = forum_thread.id
    AND p.position = 0);

-- The planner chooses between walking the newest posts until enough match (right for a word in every fourth post)
-- and the GIN index (right for a word in a few) by how often it thinks a word occurs. With the default sample a
-- word outside the hundred commonest was guessed to be in 0.5% of posts (10,000 of 2,000,000), so a rare word
-- walked every post: 2 s. A larger sample gives rare words a true guess: 0.2 ms.
ALTER TABLE forum_post ALTER COLUMN body_words SET STATISTICS 1000;
ALTER TABLE forum_thread ALTER COLUMN title_words SET STATISTICS 1000;
ANALYZE forum_post;
ANALYZE forum_thread;

-- Every general forum opens with the house rules, pinned by Mo, their moderator; and the demo members follow
-- the threads they started or replied to, having read them, so "what's new for you" starts from there.
INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count, pinned_at)
  SELECT f.id, CAST('How we talk here: the house rules' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)),
         CAST('2026-09-01 09:30:00' AS TIMESTAMP), CAST('2026-09-01 09:30:00' AS TIMESTAMP), 0, CAST('2026-09-01 09:30:00' AS TIMESTAMP)
    FROM forum f, member m WHERE f.general = TRUE AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004';
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)),
         CAST('Welcome. These forums are for everyone who lives or works here. A few rules keep them useful:
- be kind, and talk about ideas, not people;
- no selling or advertising (voluntary groups can list what they offer on the community map);
- keep other people''s private details private, including health details;
- for anything urgent, ring 999 or NHS 111, not the forum.

If a post breaks these rules, use **Report** under it. Moderators look at every report, and tell you what they decided on the moderation page.' AS VARCHAR(10000)),
         t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title = 'How we talk here: the house rules';

INSERT INTO thread_reader (member_id, thread_id, read_position, followed_at)
  SELECT DISTINCT p.author_id, p.thread_id, t.reply_count, t.created_at
    FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id
   WHERE NOT EXISTS (SELECT 1 FROM thread_reader r WHERE r.member_id = p.author_id AND r.thread_id = p.thread_id);

-- The carers' walking group thread is a proposal; Kingsmead's board asks for 5 supports, the others for 10.
UPDATE forum_thread SET proposal_status = 'OPEN' WHERE title LIKE 'Start a carers%';
INSERT INTO proposal_threshold (neighbourhood_id, supports) SELECT id, 5 FROM neighbourhood WHERE slug = 'kingsmead';
INSERT INTO proposal_threshold (neighbourhood_id, supports) SELECT id, 10 FROM neighbourhood WHERE slug <> 'kingsmead';

-- and one on Northgate Hill, by Mo, for Northgate's residents to support
INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count, proposal_status)
  SELECT f.id, CAST('Ask the council for benches on the climb up Northgate Road' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)),
         CAST('2026-11-19 10:00:00' AS TIMESTAMP), CAST('2026-11-19 10:00:00' AS TIMESTAMP), 0, 'OPEN'
    FROM forum f, member m WHERE f.slug = 'northgate-hill-general' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004';
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)),
         CAST('Walking up to the surgery and the shops is hard for many of us. Two or three benches on the way up would let people rest. If enough of us support this, the partnership board will take it to the council.' AS VARCHAR(10000)),
         t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title LIKE 'Ask the council for benches%';

-- Where help was missing in Kingsmead this autumn: asset map searches there that found nothing (words and filters
-- only, counted by day) and a thread members flagged "I couldn't find a service for this". "sign lang" is someone
-- typing "sign language": the board's list leaves it out.
INSERT INTO thread_unmet_flag (thread_id, member_id, flagged_at)
  SELECT t.id, m.id, CAST('2026-11-12 10:00:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title LIKE 'Start a carers%' AND m.subject = '5b0c1a4e-0202-4c0a-9a11-000000000202'
  UNION ALL SELECT t.id, m.id, CAST('2026-11-15 19:30:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title LIKE 'Start a carers%' AND m.subject = '5b0c1a4e-0203-4c0a-9a11-000000000203'
  UNION ALL SELECT t.id, m.id, CAST('2026-11-24 08:45:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title LIKE 'Start a carers%' AND m.subject = '5b0c1a4e-0204-4c0a-9a11-000000000204';

-- Demo forums: a general forum and themed ones in every demo neighbourhood, with members and conversations.
-- The demo members are the demo users of keycloak-realm/ (their Keycloak ids are fixed in the realm file).
INSERT INTO forum (neighbourhood_id, slug, name, description, general, created_at)
  SELECT id, slug || '-general', name || ': general', CAST('Anything about life in ' || name || '.' AS VARCHAR(500)), TRUE, CAST('2026-09-01 09:00:00' AS TIMESTAMP) FROM neighbourhood
  UNION ALL SELECT id, slug || '-older-people', name || ': older people', CAST('Staying well, connected and independent in later life.' AS VARCHAR(500)), FALSE, CAST('2026-09-01 09:00:00' AS TIMESTAMP) FROM neighbourhood
  UNION ALL SELECT id, slug || '-mental-wellbeing', name || ': mental wellbeing', CAST('Looking after our mental health, and each other.' AS VARCHAR(500)), FALSE, CAST('2026-09-01 09:00:00' AS TIMESTAMP) FROM neighbourhood
  UNION ALL SELECT id, slug || '-young-people', name || ': young people', CAST('For and about young people and families.' AS VARCHAR(500)), FALSE, CAST('2026-09-01 09:00:00' AS TIMESTAMP) FROM neighbourhood;

-- everyone demo-joined the general forum of every neighbourhood, and a few themed ones
INSERT INTO forum_membership (forum_id, member_id, joined_at)
  SELECT f.id, m.id, CAST('2026-09-15 10:00:00' AS TIMESTAMP) FROM forum f, member m WHERE f.general = TRUE;
INSERT INTO forum_membership (forum_id, member_id, joined_at)
  SELECT f.id, m.id, CAST('2026-09-16 10:00:00' AS TIMESTAMP) FROM forum f, member m
  WHERE f.slug = 'kingsmead-older-people' AND m.subject IN ('5b0c1a4e-0002-4c0a-9a11-000000000002', '5b0c1a4e-0007-4c0a-9a11-000000000007');

INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count)
  SELECT f.id, CAST('Is anyone else struggling to get through to the surgery at 8am?' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)), CAST('2026-11-10 08:40:00' AS TIMESTAMP), CAST('2026-11-12 16:05:00' AS TIMESTAMP), 2
    FROM forum f, member m WHERE f.slug = 'kingsmead-general' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004'
  UNION ALL SELECT f.id, CAST('Food pantry needs volunteers on Friday mornings' AS VARCHAR(150)), m.id, 'riverside-food-pantry', CAST('2026-11-14 09:15:00' AS TIMESTAMP), CAST('2026-11-15 11:00:00' AS TIMESTAMP), 1
    FROM forum f, member m WHERE f.slug = 'kingsmead-general' AND m.subject = '5b0c1a4e-0002-4c0a-9a11-000000000002'
  UNION ALL SELECT f.id, CAST('Start a carers'' walking group by the river?' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)), CAST('2026-11-16 19:30:00' AS TIMESTAMP), CAST('2026-11-16 19:30:00' AS TIMESTAMP), 0
    FROM forum f, member m WHERE f.slug = 'kingsmead-older-people' AND m.subject = '5b0c1a4e-0002-4c0a-9a11-000000000002'
  UNION ALL SELECT f.id, CAST('Bus 42 changes and getting to Northgate Surgery' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)), CAST('2026-11-08 14:00:00' AS TIMESTAMP), CAST('2026-11-09 10:20:00' AS TIMESTAMP), 1
    FROM forum f, member m WHERE f.slug = 'northgate-hill-general' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT f.id, CAST('Somewhere warm to go on winter afternoons' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)), CAST('2026-11-18 15:45:00' AS TIMESTAMP), CAST('2026-11-18 15:45:00' AS TIMESTAMP), 0
    FROM forum f, member m WHERE f.slug = 'eastwell-valley-general' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004';

INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)), CAST('I rang 47 times this morning and by the time I got through all the appointments were gone. Is there a better way? My mum needs a review of her tablets.' AS VARCHAR(10000)), t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title LIKE 'Is anyone else struggling%'
  UNION ALL SELECT t.id, 1, m.id, CAST(NULL AS VARCHAR(80)), CAST('Same here. The online form opens at 7 though, and that has worked for me twice now.' AS VARCHAR(10000)), CAST('2026-11-10 12:00:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title LIKE 'Is anyone else struggling%' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT t.id, 2, m.id, 'riverside-medical-practice', CAST('Thank you for raising this. From next month the practice is adding **afternoon release** of appointments, and medication reviews can be booked with our clinical pharmacist directly:
- ring after 2pm, or
- use the [online form](https://riverside-medical.example/contact).' AS VARCHAR(10000)), CAST('2026-11-12 16:05:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title LIKE 'Is anyone else struggling%' AND m.subject = '5b0c1a4e-0007-4c0a-9a11-000000000007'
  UNION ALL SELECT t.id, 0, t.author_id, 'riverside-food-pantry', CAST('We are short of two people for Friday mornings (9.30 to 12.30) to help set up and chat with visitors. No experience needed, and we provide tea and cake.' AS VARCHAR(10000)), t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title LIKE 'Food pantry needs volunteers%'
  UNION ALL SELECT t.id, 1, m.id, CAST(NULL AS VARCHAR(80)), CAST('I can do every other Friday. Who should I speak to?' AS VARCHAR(10000)), CAST('2026-11-15 11:00:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title LIKE 'Food pantry needs volunteers%' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004'
  UNION ALL SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)), CAST('Lots of us look after someone and hardly get out. A gentle walk along the river path once a week, with a cuppa after, might help. Would anyone join?' AS VARCHAR(10000)), t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title LIKE 'Start a carers%'
  UNION ALL SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)), CAST('The 42 no longer stops outside the surgery. It is a long walk uphill from the new stop. Has anyone asked the council about it?' AS VARCHAR(10000)), t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title LIKE 'Bus 42 changes%'
  UNION ALL SELECT t.id, 1, m.id, CAST(NULL AS VARCHAR(80)), CAST('Hill Good Neighbours do lifts to appointments if you ring them the day before.' AS VARCHAR(10000)), CAST('2026-11-09 10:20:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title LIKE 'Bus 42 changes%' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004'
  UNION ALL SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)), CAST('Heating is dear this year. Is there a warm space in the valley open after lunch, somewhere you can just sit with a book?' AS VARCHAR(10000)), t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title LIKE 'Somewhere warm to go%';

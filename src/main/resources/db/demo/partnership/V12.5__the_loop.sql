-- The loop, in Kingsmead: Hal proposed strength and balance classes at the leisure centre; five neighbours
-- supported it, so it went to the partnership board, which accepted it into a commitment of the frailty pooled
-- fund; the commitment's first progress came back to the thread. The partnership statements in the middle are
-- written by the test tool DemoAgreementsSql (argument V12) through the entity, so the audit chain holds.
INSERT INTO member (subject, display_name, home_neighbourhood_id, acting_organisation, joined_at, last_signed_in_at,
                    days_visited, last_visited_on)
  SELECT CAST('5b0c1a4e-0201-4c0a-9a11-000000000201' AS VARCHAR(64)), CAST('Hal' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-08-01 09:00:00' AS TIMESTAMP), CAST('2026-11-20 09:00:00' AS TIMESTAMP), 30, CAST('2026-11-20' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0202-4c0a-9a11-000000000202' AS VARCHAR(64)), CAST('June' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-08-03 09:00:00' AS TIMESTAMP), CAST('2026-11-21 09:00:00' AS TIMESTAMP), 24, CAST('2026-11-21' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0203-4c0a-9a11-000000000203' AS VARCHAR(64)), CAST('Kofi' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-08-10 09:00:00' AS TIMESTAMP), CAST('2026-11-19 09:00:00' AS TIMESTAMP), 19, CAST('2026-11-19' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0204-4c0a-9a11-000000000204' AS VARCHAR(64)), CAST('Mei' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-08-12 09:00:00' AS TIMESTAMP), CAST('2026-11-22 09:00:00' AS TIMESTAMP), 22, CAST('2026-11-22' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0205-4c0a-9a11-000000000205' AS VARCHAR(64)), CAST('Dot' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-08-20 09:00:00' AS TIMESTAMP), CAST('2026-11-18 09:00:00' AS TIMESTAMP), 15, CAST('2026-11-18' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0206-4c0a-9a11-000000000206' AS VARCHAR(64)), CAST('Ife' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-08-25 09:00:00' AS TIMESTAMP), CAST('2026-11-23 09:00:00' AS TIMESTAMP), 17, CAST('2026-11-23' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead';

INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count, proposal_status, proposal_response)
  SELECT f.id, CAST('Strength and balance classes at the leisure centre' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)),
         CAST('2026-10-01 19:00:00' AS TIMESTAMP), CAST('2026-10-09 18:30:00' AS TIMESTAMP), 0, 'ACCEPTED',
         CAST('The board agreed at its meeting on 29 October: the pooled fund pays for two classes a week, run by the leisure centre''s instructors.' AS VARCHAR(2000))
    FROM forum f, member m WHERE f.slug = 'kingsmead-general' AND m.subject = '5b0c1a4e-0201-4c0a-9a11-000000000201';
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)),
         CAST('My mum fell twice last winter. The physio said strength and balance classes would have helped, but the nearest are in town and cost £8 a go. Could the leisure centre run free ones, twice a week, for anyone over 65?' AS VARCHAR(10000)),
         t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title = 'Strength and balance classes at the leisure centre';
INSERT INTO proposal_support (thread_id, member_id, supported_at)
  SELECT t.id, m.id, CAST('2026-10-02 08:15:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.subject = '5b0c1a4e-0205-4c0a-9a11-000000000205'
  UNION ALL SELECT t.id, m.id, CAST('2026-10-03 12:40:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.subject = '5b0c1a4e-0202-4c0a-9a11-000000000202'
  UNION ALL SELECT t.id, m.id, CAST('2026-10-05 17:05:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.subject = '5b0c1a4e-0203-4c0a-9a11-000000000203'
  UNION ALL SELECT t.id, m.id, CAST('2026-10-07 10:20:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.subject = '5b0c1a4e-0204-4c0a-9a11-000000000204'
  UNION ALL SELECT t.id, m.id, CAST('2026-10-09 18:30:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.subject = '5b0c1a4e-0206-4c0a-9a11-000000000206';

-- Kingsmead frailty pooled fund: since (Active)
UPDATE partnership_agreement SET status = 'ACTIVE', audit_head = '4a2d8bea645f96aa1271797e1a795604320102d14a862f11af58db13702e0f51', modified_at = CAST('2026-11-12 09:00:00.000' AS TIMESTAMP), review_on = CAST('2026-12-15' AS DATE) WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01';
INSERT INTO partnership_commitment (agreement_id, parent_id, sort_order, what, organisation_slug, organisation_name, lead_name, due_on, status, progress, weight, created_at, modified_at) VALUES ((SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01'), CAST(NULL AS BIGINT), 5, 'Strength and balance classes at Kingsmead Leisure Centre, twice a week', 'wendshire-council', 'Wendshire Council', 'Bea Turner', CAST('2027-01-31' AS DATE), 'ON_TRACK', 50, 1, CAST('2026-11-02 10:00:00.000' AS TIMESTAMP), CAST('2026-11-12 09:00:00.000' AS TIMESTAMP));
INSERT INTO partnership_progress (commitment_id, at_time, author, status, progress, note, evidence_url) VALUES ((SELECT id FROM partnership_commitment WHERE agreement_id = (SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01') AND sort_order = 5), CAST('2026-11-12 09:00:00.000' AS TIMESTAMP), 'Bea Turner', 'ON_TRACK', 50, 'The Tuesday class started on 10 November with 14 people; the Friday class starts once a second instructor is trained.', 'https://kingsmead-leisure.example/strength-and-balance');
INSERT INTO partnership_audit (agreement_id, seq, at_time, actor, what, detail, previous_hash, entry_hash) VALUES ((SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01'), 23, CAST('2026-11-02 10:00:00.000' AS TIMESTAMP), 'Bea Turner', 'committed', 'Wendshire Council commits to "Strength and balance classes at Kingsmead Leisure Centre, twice a week" by 2027-01-31', 'e7f5b4dcd2f506fd8c2d83b0b9b5a7ce84611db55f83c16793ac182e2962903a', '585ae5cb9dfe7dd163d8565736925b8f4a5aee5ed29b6632ecfa22854d8821ac');
INSERT INTO partnership_audit (agreement_id, seq, at_time, actor, what, detail, previous_hash, entry_hash) VALUES ((SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01'), 24, CAST('2026-11-02 10:05:00.000' AS TIMESTAMP), 'Bea Turner', 'proposal', '"Strength and balance classes at Kingsmead Leisure Centre, twice a week" carries out the residents'' proposal "Strength and balance classes at the leisure centre"', '585ae5cb9dfe7dd163d8565736925b8f4a5aee5ed29b6632ecfa22854d8821ac', '86ec3d864c30e1417250dffaa0158a5974dbfffdda71529b3ff4e9d098d2897f');
INSERT INTO partnership_audit (agreement_id, seq, at_time, actor, what, detail, previous_hash, entry_hash) VALUES ((SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01'), 25, CAST('2026-11-12 09:00:00.000' AS TIMESTAMP), 'Bea Turner', 'progress', '"Strength and balance classes at Kingsmead Leisure Centre, twice a week": On track, 50%: The Tuesday class started on 10 November with 14 people; the Friday class starts once a second instructor is trained. (evidence: https://kingsmead-leisure.example/strength-and-balance)', '86ec3d864c30e1417250dffaa0158a5974dbfffdda71529b3ff4e9d098d2897f', '4a2d8bea645f96aa1271797e1a795604320102d14a862f11af58db13702e0f51');
UPDATE partnership_commitment SET proposal_thread_id = (SELECT id FROM forum_thread WHERE title = 'Strength and balance classes at the leisure centre'), proposal_title = 'Strength and balance classes at the leisure centre', proposal_forum = 'kingsmead-general' WHERE sort_order = 5 AND agreement_id = (SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01');

INSERT INTO partnership_proposal (board_id, thread_id, title, forum_slug, supports, reached_at, status, reason, commitment_id, decided_at, decided_by)
  SELECT b.id, t.id, t.title, 'kingsmead-general', 5, CAST('2026-10-09 18:30:00' AS TIMESTAMP), 'ACCEPTED', t.proposal_response, c.id, CAST('2026-11-02 10:05:00' AS TIMESTAMP), 'Bea Turner'
    FROM forum_thread t, partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id, partnership_commitment c
   WHERE t.title = 'Strength and balance classes at the leisure centre' AND n.slug = 'kingsmead' AND c.proposal_thread_id = t.id;

-- The proposal's story after the board took it up, as facts the partnership writes in words when shown: its answer,
-- then the commitment's first progress.
INSERT INTO proposal_step (thread_id, kind, answer, item, at_time)
  SELECT t.id, CAST('partnership.proposal-answered' AS VARCHAR(60)), TRUE, p.id, CAST('2026-11-02 10:05:00' AS TIMESTAMP)
    FROM forum_thread t JOIN partnership_proposal p ON p.thread_id = t.id WHERE t.title = 'Strength and balance classes at the leisure centre'
  UNION ALL SELECT t.id, CAST('partnership.proposal-progress' AS VARCHAR(60)), FALSE, u.id, CAST('2026-11-12 09:00:00' AS TIMESTAMP)
    FROM forum_thread t, partnership_commitment c, partnership_progress u
   WHERE t.title = 'Strength and balance classes at the leisure centre' AND c.proposal_thread_id = t.id AND u.commitment_id = c.id;

-- And one on the board's list to answer: Ife's proposal for a safe crossing reached its five supports last week.
INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count, proposal_status)
  SELECT f.id, CAST('A safe crossing outside Kingsmead Academy' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)),
         CAST('2026-11-16 08:30:00' AS TIMESTAMP), CAST('2026-11-25 16:10:00' AS TIMESTAMP), 0, 'THRESHOLD_REACHED'
    FROM forum f, member m WHERE f.slug = 'kingsmead-general' AND m.subject = '5b0c1a4e-0206-4c0a-9a11-000000000206';
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)),
         CAST('Children cross Mead Lane between parked cars every morning. A zebra crossing, or a crossing patrol at 8:30 and 3:15, before someone is hurt.' AS VARCHAR(10000)),
         t.created_at, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t WHERE t.title = 'A safe crossing outside Kingsmead Academy';
INSERT INTO proposal_support (thread_id, member_id, supported_at)
  SELECT t.id, m.id, CAST('2026-11-17 07:50:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND m.subject = '5b0c1a4e-0201-4c0a-9a11-000000000201'
  UNION ALL SELECT t.id, m.id, CAST('2026-11-18 12:00:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND m.subject = '5b0c1a4e-0202-4c0a-9a11-000000000202'
  UNION ALL SELECT t.id, m.id, CAST('2026-11-20 09:30:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND m.subject = '5b0c1a4e-0203-4c0a-9a11-000000000203'
  UNION ALL SELECT t.id, m.id, CAST('2026-11-22 18:45:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND m.subject = '5b0c1a4e-0204-4c0a-9a11-000000000204'
  UNION ALL SELECT t.id, m.id, CAST('2026-11-25 16:10:00' AS TIMESTAMP) FROM forum_thread t, member m WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND m.subject = '5b0c1a4e-0205-4c0a-9a11-000000000205';
INSERT INTO partnership_proposal (board_id, thread_id, title, forum_slug, supports, reached_at, status)
  SELECT b.id, t.id, t.title, 'kingsmead-general', 5, CAST('2026-11-25 16:10:00' AS TIMESTAMP), 'TO_CONSIDER'
    FROM forum_thread t, partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id
   WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND n.slug = 'kingsmead';

-- Board meetings: Kingsmead's on 29 October (held; minutes published), where the strength and balance proposal was
-- accepted, and its next on 3 December with its agenda (the crossing proposal, the pooled fund's review, the
-- data sharing agreement's signatures, an overdue commitment); and the next meeting of the other two boards.
-- Times are UTC (both are GMT dates).
INSERT INTO partnership_meeting (uuid, board_id, starts_at, ends_at, place, online_link, is_public, minutes_published_at, minutes_published_by, created_at)
  SELECT CAST('7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01' AS CHAR(36)), b.id, CAST('2026-10-29 18:00:00' AS TIMESTAMP), CAST('2026-10-29 20:00:00' AS TIMESTAMP),
         CAST('Kingsmead Community Centre, Mead Lane' AS VARCHAR(300)), CAST(NULL AS VARCHAR(500)), TRUE, CAST('2026-11-02 09:30:00' AS TIMESTAMP), CAST('Tom Reyes' AS VARCHAR(200)), CAST('2026-10-06 10:00:00' AS TIMESTAMP)
    FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = 'kingsmead'
  UNION ALL SELECT CAST('7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02' AS CHAR(36)), b.id, CAST('2026-12-03 18:00:00' AS TIMESTAMP), CAST('2026-12-03 20:00:00' AS TIMESTAMP),
         CAST('Kingsmead Community Centre, Mead Lane' AS VARCHAR(300)), CAST('https://meet.wendshire-council.example/kingsmead-board' AS VARCHAR(500)), TRUE, CAST(NULL AS TIMESTAMP), CAST(NULL AS VARCHAR(200)), CAST('2026-11-05 10:00:00' AS TIMESTAMP)
    FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = 'kingsmead'
  UNION ALL SELECT CAST('7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c03' AS CHAR(36)), b.id, CAST('2026-12-08 17:30:00' AS TIMESTAMP), CAST('2026-12-08 19:00:00' AS TIMESTAMP),
         CAST('Northgate Hill Library' AS VARCHAR(300)), CAST(NULL AS VARCHAR(500)), TRUE, CAST(NULL AS TIMESTAMP), CAST(NULL AS VARCHAR(200)), CAST('2026-11-10 10:00:00' AS TIMESTAMP)
    FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = 'northgate-hill'
  UNION ALL SELECT CAST('7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c04' AS CHAR(36)), b.id, CAST('2027-01-14 13:00:00' AS TIMESTAMP), CAST('2027-01-14 15:00:00' AS TIMESTAMP),
         CAST(NULL AS VARCHAR(300)), CAST('https://meet.eastwell-valley-pcn.example/board' AS VARCHAR(500)), FALSE, CAST(NULL AS TIMESTAMP), CAST(NULL AS VARCHAR(200)), CAST('2026-11-20 10:00:00' AS TIMESTAMP)
    FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = 'eastwell-valley';

-- 29 October: the agenda, minutes and decisions
INSERT INTO partnership_agenda_item (meeting_id, sort_order, kind, title, ref, minutes, decision)
  SELECT m.id, 0, CAST('PROPOSAL' AS VARCHAR(16)), CAST('Residents'' proposal: ' || t.title AS VARCHAR(300)), CAST('proposal:' || TRIM(CAST(p.id AS CHAR(20))) AS VARCHAR(80)), CAST('Hal presented the proposal and its five supports. The leisure centre can offer two sessions a week from next month; the pooled fund has room within the reablement budget.' AS VARCHAR(4000)),
         CAST('Accepted: the pooled fund pays for two classes a week, run by the leisure centre''s instructors (a new commitment under the fund).' AS VARCHAR(2000))
    FROM partnership_meeting m, forum_thread t, partnership_proposal p WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01' AND t.title = 'Strength and balance classes at the leisure centre' AND p.thread_id = t.id
  UNION ALL SELECT m.id, 1, CAST('REVIEW' AS VARCHAR(16)), CAST('Review of Warm spaces memorandum of understanding' AS VARCHAR(300)), CAST('review:6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b03' AS VARCHAR(80)), CAST('Both rooms were well used last winter. Wendhome asked to add a third room on the Riverside estate.' AS VARCHAR(4000)),
         CAST('The review continues: Wendhome and the council bring a varied text with a third room to the next meeting.' AS VARCHAR(2000))
    FROM partnership_meeting m WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01'
  UNION ALL SELECT m.id, 2, CAST('OTHER' AS VARCHAR(16)), CAST('Any other business' AS VARCHAR(300)), CAST(NULL AS VARCHAR(80)), CAST('None.' AS VARCHAR(4000)), CAST(NULL AS VARCHAR(2000))
    FROM partnership_meeting m WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01';
INSERT INTO partnership_minutes_correction (meeting_id, body, at_time, author)
  SELECT id, CAST('Item 2: the third room would be at Riverside Court, not Riverside House.' AS VARCHAR(2000)), CAST('2026-11-04 11:00:00' AS TIMESTAMP), CAST('Tom Reyes' AS VARCHAR(200))
    FROM partnership_meeting WHERE uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01';

-- 3 December: the agenda so far
INSERT INTO partnership_agenda_item (meeting_id, sort_order, kind, title, ref, minutes, decision)
  SELECT m.id, 0, CAST('PROPOSAL' AS VARCHAR(16)), CAST('Residents'' proposal: ' || t.title AS VARCHAR(300)), CAST('proposal:' || TRIM(CAST(p.id AS CHAR(20))) AS VARCHAR(80)), CAST(NULL AS VARCHAR(4000)), CAST(NULL AS VARCHAR(2000))
    FROM partnership_meeting m, forum_thread t, partnership_proposal p WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02' AND t.title = 'A safe crossing outside Kingsmead Academy' AND p.thread_id = t.id
  UNION ALL SELECT m.id, 1, CAST('REVIEW' AS VARCHAR(16)), CAST('Review of Kingsmead frailty pooled fund' AS VARCHAR(300)), CAST('review:6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01' AS VARCHAR(80)), CAST(NULL AS VARCHAR(4000)), CAST(NULL AS VARCHAR(2000))
    FROM partnership_meeting m WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02'
  UNION ALL SELECT m.id, 2, CAST('SIGNATURES' AS VARCHAR(16)), CAST('Signatures for Social prescribing data sharing agreement' AS VARCHAR(300)), CAST('signatures:6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02' AS VARCHAR(80)), CAST(NULL AS VARCHAR(4000)), CAST(NULL AS VARCHAR(2000))
    FROM partnership_meeting m WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02'
  UNION ALL SELECT m.id, 3, CAST('OVERDUE' AS VARCHAR(16)), CAST('Overdue: Weekly frailty multidisciplinary team meeting in each practice (Kingsmead frailty pooled fund)' AS VARCHAR(300)), CAST('overdue:' || TRIM(CAST(c.id AS CHAR(20))) AS VARCHAR(80)), CAST(NULL AS VARCHAR(4000)), CAST(NULL AS VARCHAR(2000))
    FROM partnership_meeting m, partnership_commitment c WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02' AND c.what = 'Weekly frailty multidisciplinary team meeting in each practice';
INSERT INTO partnership_agenda_item (meeting_id, sort_order, kind, title, ref, minutes, decision)
  SELECT m.id, 0, CAST('OTHER' AS VARCHAR(16)), CAST('Home hazard check waiting times' AS VARCHAR(300)), CAST(NULL AS VARCHAR(80)), CAST(NULL AS VARCHAR(4000)), CAST(NULL AS VARCHAR(2000))
    FROM partnership_meeting m WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c03';

-- The proposals' stories: on which meeting's agenda each went
INSERT INTO proposal_step (thread_id, kind, answer, item, at_time)
  SELECT t.id, CAST('partnership.proposal-scheduled' AS VARCHAR(60)), FALSE, m.id, CAST('2026-10-20 09:00:00' AS TIMESTAMP)
    FROM forum_thread t, partnership_meeting m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01'
  UNION ALL SELECT t.id, CAST('partnership.proposal-scheduled' AS VARCHAR(60)), FALSE, m.id, CAST('2026-11-23 09:00:00' AS TIMESTAMP)
    FROM forum_thread t, partnership_meeting m WHERE t.title = 'A safe crossing outside Kingsmead Academy' AND m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02';

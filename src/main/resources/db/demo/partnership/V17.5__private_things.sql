-- Things outsiders must never read, so that the demo shows privacy at work and the tests can look for them on
-- every public route: a thread whose opening post a moderator hid (its title included), and a commitment, with
-- its progress note, of the Kingsmead board's data sharing agreement, which the board keeps to itself.
INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count)
  SELECT f.id, CAST('Cheap tobacco from the van behind Kingsmead station' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)), CAST('2026-11-24 21:40:00' AS TIMESTAMP), CAST('2026-11-24 21:40:00' AS TIMESTAMP), 0
    FROM forum f, member m WHERE f.slug = 'kingsmead-general' AND m.subject = '5b0c1a4e-0206-4c0a-9a11-000000000206';
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at, hidden_at, hidden_reason)
  SELECT t.id, 0, t.author_id, CAST(NULL AS VARCHAR(80)), CAST('Message me for the van''s times: twenty packs at half the shop price, no questions asked.' AS VARCHAR(10000)), CAST('2026-11-24 21:40:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST('2026-11-25 08:15:00' AS TIMESTAMP), CAST('Hidden by a moderator: selling illegal goods.' AS VARCHAR(600))
    FROM forum_thread t WHERE t.title = 'Cheap tobacco from the van behind Kingsmead station';

INSERT INTO partnership_commitment (agreement_id, parent_id, sort_order, what, organisation_slug, organisation_name, lead_name, due_on, status, progress, weight, created_at, modified_at)
  VALUES ((SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02'), CAST(NULL AS BIGINT), 0, 'Audit who opened each referral record, every quarter', 'riverside-medical-practice', 'Riverside Medical Practice', 'Dr Priya Shah', CAST('2027-03-31' AS DATE), 'ON_TRACK', 40, 1, CAST('2026-11-17 16:30:00.000' AS TIMESTAMP), CAST('2026-11-23 09:00:00.000' AS TIMESTAMP));
INSERT INTO partnership_progress (commitment_id, at_time, author, status, progress, note, evidence_url)
  VALUES ((SELECT id FROM partnership_commitment WHERE what = 'Audit who opened each referral record, every quarter'), CAST('2026-11-23 09:00:00.000' AS TIMESTAMP), 'Dr Priya Shah', 'ON_TRACK', 40, 'Two receptionists at Riverside still print referral letters; both stop by the end of January.', CAST(NULL AS VARCHAR(500)));

-- The Eastwell Valley board's private session: its agenda is for the board alone.
INSERT INTO partnership_agenda_item (meeting_id, sort_order, kind, title, ref, minutes, decision)
  SELECT m.id, 0, CAST('OTHER' AS VARCHAR(16)), CAST('Cover for the practice manager during long-term sick leave' AS VARCHAR(300)), CAST(NULL AS VARCHAR(80)), CAST(NULL AS VARCHAR(4000)), CAST(NULL AS VARCHAR(1000))
    FROM partnership_meeting m WHERE m.uuid = '7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c04';

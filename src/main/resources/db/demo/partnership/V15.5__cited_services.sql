-- Services cited where people write: June points the strength and balance thread to what runs already, Rosa
-- answers Mo's question about somewhere warm in Eastwell (one of the services she names has since closed, so
-- its card says "no longer listed"), and two of the board's commitments cite the services that carry them out.
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 1, m.id, CAST(NULL AS VARCHAR(80)),
         CAST('While we wait for the classes: the leisure centre''s chair yoga is gentle and does a lot for balance, and the health walks are on flat paths with a cuppa at the end. Mum has been going to both.' AS VARCHAR(10000)),
         CAST('2026-11-14 11:20:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Strength and balance classes at the leisure centre' AND m.subject = '5b0c1a4e-0202-4c0a-9a11-000000000202'
  UNION ALL SELECT t.id, 1, m.id, CAST(NULL AS VARCHAR(80)),
         CAST('My aunt goes to the warm space at the community centre: soup, papers and people to talk to. She also loved the tea dances, though I am not sure they still run.' AS VARCHAR(10000)),
         CAST('2026-11-19 10:05:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Somewhere warm to go on winter afternoons' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001';
UPDATE forum_thread SET reply_count = 1, last_activity_at = CAST('2026-11-14 11:20:00' AS TIMESTAMP)
  WHERE title = 'Strength and balance classes at the leisure centre';
UPDATE forum_thread SET reply_count = 1, last_activity_at = CAST('2026-11-19 10:05:00' AS TIMESTAMP)
  WHERE title = 'Somewhere warm to go on winter afternoons';

INSERT INTO forum_post_citation (post_id, place, service_id)
  SELECT p.id, 0, '8c2458a5-9b13-51b9-a9cd-42891d4c9792' FROM forum_post p JOIN forum_thread t ON p.thread_id = t.id WHERE t.title = 'Strength and balance classes at the leisure centre' AND p.position = 1
  UNION ALL SELECT p.id, 1, 'c1632a5d-7332-5921-b1b2-d727e1eed3c7' FROM forum_post p JOIN forum_thread t ON p.thread_id = t.id WHERE t.title = 'Strength and balance classes at the leisure centre' AND p.position = 1
  UNION ALL SELECT p.id, 0, 'da381474-95fb-5eb8-af8c-cdf6ac183be4' FROM forum_post p JOIN forum_thread t ON p.thread_id = t.id WHERE t.title = 'Somewhere warm to go on winter afternoons' AND p.position = 1
  UNION ALL SELECT p.id, 1, 'b7e0c2a1-5d3f-4e6a-9c1b-2f8d7e6a5c41' FROM forum_post p JOIN forum_thread t ON p.thread_id = t.id WHERE t.title = 'Somewhere warm to go on winter afternoons' AND p.position = 1;

INSERT INTO partnership_commitment_citation (commitment_id, place, service_id)
  SELECT c.id, 0, '8c2458a5-9b13-51b9-a9cd-42891d4c9792' FROM partnership_commitment c JOIN partnership_agreement a ON c.agreement_id = a.id WHERE a.uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01' AND c.sort_order = 5
  UNION ALL SELECT c.id, 0, '030406ac-4334-589c-a8bc-550c3f098fa5' FROM partnership_commitment c JOIN partnership_agreement a ON c.agreement_id = a.id WHERE a.uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b03' AND c.sort_order = 0;

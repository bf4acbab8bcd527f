-- The carers' walking group thread is a proposal; Kingsmead's board asks for 5 supports, the others for 10.
UPDATE forum_thread SET proposal_status = 'OPEN' WHERE title LIKE 'Start a carers%';
INSERT INTO proposal_threshold (neighbourhood_id, supports) SELECT id, 5 FROM neighbourhood WHERE slug = 'kingsmead';
INSERT INTO proposal_threshold (neighbourhood_id, supports) SELECT id, 10 FROM neighbourhood WHERE slug <> 'kingsmead';

-- The demo members have used the portal since they joined in September: the days they visited are part of what
-- the forums' trust levels count (with what they read and wrote; see the account page).
UPDATE member SET days_visited = 31, last_visited_on = CAST('2026-11-20' AS DATE) WHERE subject = '5b0c1a4e-0001-4c0a-9a11-000000000001';
UPDATE member SET days_visited = 44, last_visited_on = CAST('2026-11-21' AS DATE) WHERE subject = '5b0c1a4e-0002-4c0a-9a11-000000000002';
UPDATE member SET days_visited = 52, last_visited_on = CAST('2026-11-19' AS DATE) WHERE subject = '5b0c1a4e-0004-4c0a-9a11-000000000004';
UPDATE member SET days_visited = 12, last_visited_on = CAST('2026-11-18' AS DATE) WHERE subject = '5b0c1a4e-0007-4c0a-9a11-000000000007';

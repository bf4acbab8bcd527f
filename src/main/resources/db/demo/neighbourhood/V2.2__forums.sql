-- Demo forums: a general forum and themed ones in every demo neighbourhood, with members and conversations.
-- The demo members are the demo users of keycloak-realm/ (their Keycloak ids are fixed in the realm file).
INSERT INTO member (subject, display_name, home_neighbourhood_id, acting_organisation, joined_at, last_signed_in_at)
  SELECT '5b0c1a4e-0001-4c0a-9a11-000000000001', CAST('Rosa' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-09-01 10:00:00' AS TIMESTAMP), CAST('2026-11-20 18:00:00' AS TIMESTAMP) FROM neighbourhood WHERE slug = 'northgate-hill'
  UNION ALL SELECT '5b0c1a4e-0002-4c0a-9a11-000000000002', CAST('Sam' AS VARCHAR(60)), id, 'riverside-food-pantry', CAST('2026-09-03 09:00:00' AS TIMESTAMP), CAST('2026-11-21 08:30:00' AS TIMESTAMP) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT '5b0c1a4e-0004-4c0a-9a11-000000000004', CAST('Mo' AS VARCHAR(60)), id, CAST(NULL AS VARCHAR(80)), CAST('2026-09-05 20:00:00' AS TIMESTAMP), CAST('2026-11-19 21:00:00' AS TIMESTAMP) FROM neighbourhood WHERE slug = 'eastwell-valley'
  UNION ALL SELECT '5b0c1a4e-0007-4c0a-9a11-000000000007', CAST('Dr Priya Shah' AS VARCHAR(60)), id, 'riverside-medical-practice', CAST('2026-09-10 12:00:00' AS TIMESTAMP), CAST('2026-11-18 13:00:00' AS TIMESTAMP) FROM neighbourhood WHERE slug = 'kingsmead';

INSERT INTO member_organisation (member_id, organisation)
  SELECT id, 'riverside-food-pantry' FROM member WHERE subject = '5b0c1a4e-0002-4c0a-9a11-000000000002'
  UNION ALL SELECT id, 'riverside-medical-practice' FROM member WHERE subject = '5b0c1a4e-0007-4c0a-9a11-000000000007'
  UNION ALL SELECT id, 'kingsmead-riverside-pcn' FROM member WHERE subject = '5b0c1a4e-0007-4c0a-9a11-000000000007';

-- Demo partnership boards: one a neighbourhood, with realistic agreements in each (an active section 75 pooled
-- fund, a board-only data sharing agreement awaiting a signature, an MOU under review, a service level agreement,
-- a network agreement still a draft). Versions' digests and the audit trails' hashes were computed by the
-- portal's own code (AgreementText, AuditTrail) for the dates as written; the dates move to the week the demo
-- loads in (DemoCalendar) and partnership.DemoAgreements seals them again then, so "verify" holds for each. The
-- signatories are demo members
-- (Bea Turner and Dr Priya Shah sign in as bea and priya; the others are partners without an account here).
INSERT INTO member (subject, display_name, home_neighbourhood_id, acting_organisation, joined_at, last_signed_in_at,
                    days_visited, last_visited_on)
  SELECT CAST('5b0c1a4e-0005-4c0a-9a11-000000000005' AS VARCHAR(64)), CAST('Bea Turner' AS VARCHAR(60)), id, CAST('wendshire-council' AS VARCHAR(80)), CAST('2026-09-02 09:00:00' AS TIMESTAMP), CAST('2026-11-20 09:00:00' AS TIMESTAMP), 18, CAST('2026-11-20' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0101-4c0a-9a11-000000000101' AS VARCHAR(64)), CAST('Dr Kwame Mensah' AS VARCHAR(60)), id, CAST('northgate-hill-pcn' AS VARCHAR(80)), CAST('2026-04-01 09:00:00' AS TIMESTAMP), CAST('2026-05-07 09:00:00' AS TIMESTAMP), 6, CAST('2026-05-07' AS DATE) FROM neighbourhood WHERE slug = 'northgate-hill'
  UNION ALL SELECT CAST('5b0c1a4e-0102-4c0a-9a11-000000000102' AS VARCHAR(64)), CAST('Joan Fairley' AS VARCHAR(60)), id, CAST('hill-good-neighbours' AS VARCHAR(80)), CAST('2026-04-01 09:00:00' AS TIMESTAMP), CAST('2026-05-06 09:00:00' AS TIMESTAMP), 4, CAST('2026-05-06' AS DATE) FROM neighbourhood WHERE slug = 'northgate-hill'
  UNION ALL SELECT CAST('5b0c1a4e-0103-4c0a-9a11-000000000103' AS VARCHAR(64)), CAST('Dr Helen Price' AS VARCHAR(60)), id, CAST('eastwell-medical-group' AS VARCHAR(80)), CAST('2026-10-01 09:00:00' AS TIMESTAMP), CAST('2026-11-02 09:00:00' AS TIMESTAMP), 5, CAST('2026-11-02' AS DATE) FROM neighbourhood WHERE slug = 'eastwell-valley'
  UNION ALL SELECT CAST('5b0c1a4e-0104-4c0a-9a11-000000000104' AS VARCHAR(64)), CAST('Dr Amrit Gill' AS VARCHAR(60)), id, CAST('valley-road-surgery' AS VARCHAR(80)), CAST('2026-10-01 09:00:00' AS TIMESTAMP), CAST('2026-11-02 09:00:00' AS TIMESTAMP), 3, CAST('2026-11-02' AS DATE) FROM neighbourhood WHERE slug = 'eastwell-valley'
  UNION ALL SELECT CAST('5b0c1a4e-0105-4c0a-9a11-000000000105' AS VARCHAR(64)), CAST('Tom Reyes' AS VARCHAR(60)), id, CAST('wendhome-housing' AS VARCHAR(80)), CAST('2025-10-01 09:00:00' AS TIMESTAMP), CAST('2025-10-08 09:00:00' AS TIMESTAMP), 2, CAST('2025-10-08' AS DATE) FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT CAST('5b0c1a4e-0106-4c0a-9a11-000000000106' AS VARCHAR(64)), CAST('Grace Lin' AS VARCHAR(60)), id, CAST('eastwell-age-friendly' AS VARCHAR(80)), CAST('2026-03-01 09:00:00' AS TIMESTAMP), CAST('2026-04-03 09:00:00' AS TIMESTAMP), 4, CAST('2026-04-03' AS DATE) FROM neighbourhood WHERE slug = 'eastwell-valley';

INSERT INTO member_organisation (member_id, organisation) SELECT id, acting_organisation FROM member
  WHERE subject IN ('5b0c1a4e-0005-4c0a-9a11-000000000005', '5b0c1a4e-0101-4c0a-9a11-000000000101',
                    '5b0c1a4e-0102-4c0a-9a11-000000000102', '5b0c1a4e-0103-4c0a-9a11-000000000103',
                    '5b0c1a4e-0104-4c0a-9a11-000000000104', '5b0c1a4e-0105-4c0a-9a11-000000000105',
                    '5b0c1a4e-0106-4c0a-9a11-000000000106');

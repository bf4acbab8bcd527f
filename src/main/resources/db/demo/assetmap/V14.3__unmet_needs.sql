-- Where help was missing in Kingsmead this autumn: asset map searches there that found nothing (words and filters
-- only, counted by day) and a thread members flagged "I couldn't find a service for this". "sign lang" is someone
-- typing "sign language": the board's list leaves it out.
INSERT INTO asset_unmet_search (neighbourhood_id, words, filters, searched_on, times)
  SELECT id, CAST('sign language' AS VARCHAR(100)), CAST('' AS VARCHAR(200)), CAST('2026-10-14' AS DATE), 3 FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, CAST('sign language' AS VARCHAR(100)), CAST('' AS VARCHAR(200)), CAST('2026-11-09' AS DATE), 4 FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, CAST('sign lang' AS VARCHAR(100)), CAST('' AS VARCHAR(200)), CAST('2026-11-09' AS DATE), 2 FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, CAST('bereavement' AS VARCHAR(100)), CAST('on Saturday' AS VARCHAR(200)), CAST('2026-11-02' AS DATE), 4 FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, CAST('dementia cafe' AS VARCHAR(100)), CAST('free' AS VARCHAR(200)), CAST('2026-11-21' AS DATE), 3 FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, CAST('' AS VARCHAR(100)), CAST('category mental-health, age 15' AS VARCHAR(200)), CAST('2026-11-25' AS DATE), 2 FROM neighbourhood WHERE slug = 'kingsmead';

-- Mo (demo user mo, realm role moderator) moderates the forums of every demo neighbourhood.
INSERT INTO forum_moderator (member_id, neighbourhood_id)
  SELECT m.id, n.id FROM member m, neighbourhood n WHERE m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004';

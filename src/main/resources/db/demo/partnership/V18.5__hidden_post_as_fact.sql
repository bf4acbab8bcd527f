-- The demo's hidden post, as the forums now keep it (issue 26): hidden by a moderator, their reason as written.
UPDATE forum_post SET hidden_by = 'MODERATOR', hidden_reason = 'selling illegal goods'
  WHERE hidden_reason = 'Hidden by a moderator: selling illegal goods';

-- Each party's signatory bound to the member sitting on the board for it, where that member has the signatory's
-- name (as the partnership migration binds parties named before it); the others wait for the board to choose.
UPDATE partnership_party SET signatory_member_id = (
    SELECT MIN(m.member_id) FROM partnership_board_member m JOIN partnership_agreement a ON a.board_id = m.board_id
    WHERE a.id = partnership_party.agreement_id AND m.organisation_slug = partnership_party.organisation_slug
      AND m.member_name = partnership_party.signatory)
WHERE signatory_member_id IS NULL;
UPDATE partnership_signature SET signed_by = signatory WHERE signed_by IS NULL;

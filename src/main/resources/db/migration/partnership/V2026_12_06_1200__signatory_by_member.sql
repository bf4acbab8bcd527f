-- A party's signatory is a member (a board member sitting for the party), not a name they can change: the text
-- still shows the name; signing checks the member. Parties named before this are bound where exactly one member
-- of the agreement's board sitting for the party has the signatory's name; the rest wait for a board member to
-- choose who signs.
ALTER TABLE partnership_party ADD COLUMN signatory_member_id BIGINT;

UPDATE partnership_party SET signatory_member_id = (
    SELECT MIN(m.member_id) FROM partnership_board_member m JOIN partnership_agreement a ON a.board_id = m.board_id
    WHERE a.id = partnership_party.agreement_id AND m.organisation_slug = partnership_party.organisation_slug
      AND m.member_name = partnership_party.signatory)
WHERE 1 = (
    SELECT COUNT(DISTINCT m.member_id) FROM partnership_board_member m JOIN partnership_agreement a ON a.board_id = m.board_id
    WHERE a.id = partnership_party.agreement_id AND m.organisation_slug = partnership_party.organisation_slug
      AND m.member_name = partnership_party.signatory);

-- Who actually signed, by the name they had then (the member is member_id).
ALTER TABLE partnership_signature ADD COLUMN signed_by VARCHAR(120);
UPDATE partnership_signature SET signed_by = signatory;

-- The meeting at which the board answered a residents' proposal (null: between meetings).
ALTER TABLE partnership_proposal ADD COLUMN meeting_id BIGINT;
ALTER TABLE partnership_proposal ADD CONSTRAINT fk_partnership_proposal_meeting FOREIGN KEY (meeting_id)
    REFERENCES partnership_meeting (id);

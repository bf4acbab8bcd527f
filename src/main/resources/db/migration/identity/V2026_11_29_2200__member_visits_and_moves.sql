-- What trust in the forums is earned from, on the identity side: on how many days a member has visited (counted
-- once a day), and when they last moved their home neighbourhood (allowed once in member.home.change.days).
ALTER TABLE member ADD COLUMN days_visited INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE member ADD COLUMN last_visited_on DATE;
ALTER TABLE member ADD COLUMN home_changed_at TIMESTAMP;

-- A meeting can be changed (its time, place or session) or cancelled, with a reason, before it starts; each
-- change counts up its calendar SEQUENCE (RFC 5545), so calendars that took it replace their copy.
ALTER TABLE partnership_meeting ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE partnership_meeting ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE partnership_meeting ADD COLUMN cancel_reason VARCHAR(300);

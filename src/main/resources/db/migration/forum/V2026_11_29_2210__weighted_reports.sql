-- A report weighs by the reporter's trust level and the accuracy of their past reports, both as they were when
-- the report was made (weight in hundredths: a regular's first report weighs 100). A moderator's decision marks
-- each open report upheld (the post stays hidden) or not (it was restored), which is what accuracy counts.
ALTER TABLE post_report ADD COLUMN reporter_level VARCHAR(16) DEFAULT 'REGULAR' NOT NULL;
ALTER TABLE post_report ADD COLUMN weight INTEGER DEFAULT 100 NOT NULL;
ALTER TABLE post_report ADD COLUMN upheld BOOLEAN;
CREATE INDEX ix_post_report_reporter ON post_report (reporter_id, resolved_at);

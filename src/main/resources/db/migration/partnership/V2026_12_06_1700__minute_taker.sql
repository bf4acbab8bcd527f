-- The board member the chair names to take a meeting's minutes (beside the board's secretary, who always may).
ALTER TABLE partnership_meeting ADD COLUMN minute_taker_id BIGINT;

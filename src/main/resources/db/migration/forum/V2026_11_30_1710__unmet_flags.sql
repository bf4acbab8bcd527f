-- Members say of a thread "I couldn't find a service for this": once each, with the day (for the board's list of
-- unmet needs, which counts them and never names who).
CREATE TABLE thread_unmet_flag (
    thread_id  BIGINT    NOT NULL,
    member_id  BIGINT    NOT NULL,
    flagged_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_thread_unmet_flag PRIMARY KEY (thread_id, member_id),
    CONSTRAINT fk_thread_unmet_flag_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id)
);

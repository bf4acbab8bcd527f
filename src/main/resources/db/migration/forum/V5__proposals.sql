-- Proposals: a thread can put forward something for the neighbourhood to do; residents of that neighbourhood
-- support it (once each); enough support puts it in front of the partnership board.

ALTER TABLE forum_thread ADD COLUMN proposal_status VARCHAR(30);
ALTER TABLE forum_thread ADD COLUMN proposal_response VARCHAR(2000);

CREATE TABLE proposal_support (
    thread_id    BIGINT    NOT NULL,
    member_id    BIGINT    NOT NULL,
    supported_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_proposal_support PRIMARY KEY (thread_id, member_id),
    CONSTRAINT fk_support_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id)
);

CREATE TABLE proposal_threshold (
    neighbourhood_id BIGINT  NOT NULL,
    supports         INTEGER NOT NULL,
    CONSTRAINT pk_proposal_threshold PRIMARY KEY (neighbourhood_id),
    CONSTRAINT ck_proposal_threshold CHECK (supports > 0)
);

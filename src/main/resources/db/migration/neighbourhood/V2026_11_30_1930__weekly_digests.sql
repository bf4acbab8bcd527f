-- Members who asked for a neighbourhood's weekly email, and when the last one went (null: none yet).
CREATE TABLE neighbourhood_digest (
    member_id        BIGINT    NOT NULL,
    neighbourhood_id BIGINT    NOT NULL,
    subscribed_at    TIMESTAMP NOT NULL,
    last_sent_at     TIMESTAMP,
    CONSTRAINT pk_neighbourhood_digest PRIMARY KEY (member_id, neighbourhood_id),
    CONSTRAINT fk_neighbourhood_digest_neighbourhood FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhood (id)
);

-- The key that signs the one-click unsubscribe links, made on first use and shared by every server.
CREATE TABLE neighbourhood_digest_key (
    id     INTEGER     NOT NULL,
    secret VARCHAR(64) NOT NULL,
    CONSTRAINT pk_neighbourhood_digest_key PRIMARY KEY (id)
);

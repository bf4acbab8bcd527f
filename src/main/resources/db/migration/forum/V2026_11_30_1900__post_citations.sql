-- The asset map's services a post cites (ticked while writing, or linked to in its text), in the order shown.
-- The service is kept by its public id only: its card is read from the asset map each time it is shown.
CREATE TABLE forum_post_citation (
    post_id    BIGINT      NOT NULL,
    place      INTEGER     NOT NULL,
    service_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_forum_post_citation PRIMARY KEY (post_id, place),
    CONSTRAINT fk_forum_post_citation_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);

CREATE INDEX ix_forum_post_citation_service ON forum_post_citation (service_id);

-- The asset map's services a commitment cites, in the order shown; read from the asset map each time it is shown.
CREATE TABLE partnership_commitment_citation (
    commitment_id BIGINT      NOT NULL,
    place         INTEGER     NOT NULL,
    service_id    VARCHAR(36) NOT NULL,
    CONSTRAINT pk_partnership_commitment_citation PRIMARY KEY (commitment_id, place),
    CONSTRAINT fk_partnership_commitment_citation FOREIGN KEY (commitment_id) REFERENCES partnership_commitment (id)
);

CREATE INDEX ix_partnership_commitment_citation_service ON partnership_commitment_citation (service_id);

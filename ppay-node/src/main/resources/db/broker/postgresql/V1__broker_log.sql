-- What the broker decided, in order: every request that moved its state, with the time it was served at and its
-- answer. The broker's state is the core's, rebuilt by serving these requests again (docs/daemons.md).
CREATE TABLE broker_log (
    seq           BIGINT  PRIMARY KEY,
    at            BIGINT  NOT NULL,
    request_hash  BYTEA   NOT NULL UNIQUE,
    request       BYTEA   NOT NULL,
    answer        BYTEA,
    error_code    INTEGER,
    error_message TEXT
);

-- Where peers say they can be reached; a peer signs its own entry (docs/daemons.md).
CREATE TABLE directory (
    peer  BYTEA   PRIMARY KEY,
    url   TEXT    NOT NULL,
    at    BIGINT  NOT NULL
);

-- A peer daemon's state is its core's, rebuilt by serving these steps again in order (docs/daemons.md).

-- What the daemon learned once and keeps: the broker it belongs to, the parameters it was given, whether it joined.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One thing the peer did to its core: an action it started or a message that reached it, at a time, with its
-- arguments; a request from another peer also keeps the sender, its nonce and the hash of its body, so that the same
-- request is answered again from here and a new one reusing the nonce is refused. done = 0 only for a last step cut
-- short by a crash: it is finished on start.
CREATE TABLE step (
    seq           INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,
    at            BIGINT  NOT NULL,
    input         TEXT    NOT NULL,
    sender        BLOB,
    nonce         BIGINT,
    body_hash     BLOB,
    done          INTEGER NOT NULL DEFAULT 0,
    error_code    INTEGER,
    error_message TEXT,
    result        TEXT
);
CREATE UNIQUE INDEX step_request ON step (sender, nonce) WHERE sender IS NOT NULL;

-- A step's transcript, in order: each network call (ping, message to a peer, message to the broker) with what it
-- got, and each random value drawn. A message is written before it is sent (answered = 0) and its answer before the
-- step sends anything else or answers its caller.
CREATE TABLE call (
    step          INTEGER NOT NULL REFERENCES step (seq),
    idx           INTEGER NOT NULL,
    kind          TEXT    NOT NULL,
    peer          BLOB,
    request       BLOB,
    value         BIGINT,
    time          BIGINT,
    answered      INTEGER NOT NULL,
    answer        BLOB,
    error_code    INTEGER,
    error_message TEXT,
    PRIMARY KEY (step, idx)
);

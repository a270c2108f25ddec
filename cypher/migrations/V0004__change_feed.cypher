// The change feed that lets several app instances share one database: a single counter node, merged safely under
// concurrency by its unique key, and the feed's entries, read in sequence order.
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (s:__WarmPathChangeSequence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:__WarmPathChange) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:__WarmPathChange) ON (c.at);

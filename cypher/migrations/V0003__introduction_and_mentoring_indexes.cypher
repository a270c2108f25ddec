// Introductions are listed by requester side and expired by age; tallies of erased people's introductions are keyed by status.
CREATE INDEX introduction_requested_at IF NOT EXISTS FOR (i:Introduction) ON (i.requestedAt);
CREATE CONSTRAINT erased_introductions_status IF NOT EXISTS FOR (t:ErasedIntroductions) REQUIRE t.status IS UNIQUE;
CREATE INDEX mentors_status IF NOT EXISTS FOR ()-[m:MENTORS]-() ON (m.status);

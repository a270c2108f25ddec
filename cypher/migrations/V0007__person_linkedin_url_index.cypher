// A member's LinkedIn import matches each contact to an existing person by profile URL
// (ingest/my-linkedin-upsert), so linkedinUrl is looked up again (V0006 dropped the index while it was only
// written). Only people with a linkedinUrl are in it, so writes of everyone else do not pay for it.
CREATE INDEX person_linkedin_url IF NOT EXISTS FOR (p:Person) ON (p.linkedinUrl);

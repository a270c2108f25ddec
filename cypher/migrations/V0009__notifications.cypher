// Notifications: one per event, ever. The key (kind, subject ids, step) is unique, so the listeners and the
// scheduled job MERGE on it and the same event never makes two, across restarts and instances.
CREATE CONSTRAINT notification_key IF NOT EXISTS FOR (n:Notification) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
// A member's list, newest first.
CREATE INDEX notification_person_created IF NOT EXISTS FOR (n:Notification) ON (n.personId, n.createdAt);
// The mailer claims recent notifications not yet e-mailed.
CREATE INDEX notification_created IF NOT EXISTS FOR (n:Notification) ON (n.createdAt);
// The follow-up job looks at introductions completed in a bounded window.
CREATE INDEX introduction_completed_at IF NOT EXISTS FOR (i:Introduction) ON (i.completedAt);

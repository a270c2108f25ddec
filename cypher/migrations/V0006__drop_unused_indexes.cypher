// Indexes no query can use, dropped: every person write (an import writes hundreds of thousands) had to keep them
// up to date for nothing. People search and count filter on toLower(p.name) CONTAINS and toLower(p.grade) CONTAINS,
// which neither a range nor a text index serves; openToIntroductions is only ever tested on nodes already reached by
// id or along a path; linkedinUrl is written and returned, never looked up (LinkedIn people are keyed by id li:<slug>).
// Kept: person_open_to_mentoring (mentorsearch/catalogue), introduction_status and introduction_requested_at
// (introductions/expire), account_person (privacy/erase-accounts), mentors_status (analytics/mentor-capacity),
// change_at (network/changes-prune) and every constraint.
DROP INDEX person_name IF EXISTS;
DROP INDEX person_name_text IF EXISTS;
DROP INDEX person_grade IF EXISTS;
DROP INDEX person_open_to_introductions IF EXISTS;
DROP INDEX person_linkedin_url IF EXISTS;

// What the people search, mentor search and introduction lists filter by.
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX person_grade IF NOT EXISTS FOR (p:Person) ON (p.grade);
CREATE INDEX person_open_to_mentoring IF NOT EXISTS FOR (p:Person) ON (p.openToMentoring);
CREATE INDEX person_open_to_introductions IF NOT EXISTS FOR (p:Person) ON (p.openToIntroductions);
CREATE INDEX person_linkedin_url IF NOT EXISTS FOR (p:Person) ON (p.linkedinUrl);
CREATE INDEX introduction_status IF NOT EXISTS FOR (i:Introduction) ON (i.status);
CREATE INDEX account_person IF NOT EXISTS FOR (a:Account) ON (a.personId);
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (p:Person) ON (p.name);

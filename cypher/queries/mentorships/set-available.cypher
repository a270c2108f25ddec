// A mentor pauses (or resumes) new mentoring requests without changing their capacity.
MATCH (m:Person {id: $person})
SET m.mentoringPaused = NOT $available
RETURN m.id AS id

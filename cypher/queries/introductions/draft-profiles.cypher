// What a drafted introduction message uses that the projection does not hold: the requester's own goals and needs
// (only they see them, and the draft is theirs), and what they share with the target beyond the card (programmes,
// skills). $requester, $target: person ids
MATCH (r:Person {id: $requester}), (t:Person {id: $target})
RETURN r.goals AS goals, coalesce(r.needs, []) AS needs,
       [(r)-[:MEMBER_OF]->(g:Programme)<-[:MEMBER_OF]-(t) | g.name] AS sharedProgrammes,
       [(r)-[:HAS_SKILL]->(k:Skill)<-[:HAS_SKILL]-(t) | k.name] AS sharedSkills

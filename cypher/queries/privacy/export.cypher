// Everything held about one person besides their profile: their goals and needs, ties, their own sides of ties
// (VOUCHES: closeness and evidence as JSON text) and mentoring relationships with what was agreed.
MATCH (p:Person {id: $id})
RETURN p.goals AS goals, coalesce(p.needs, []) AS needs,
       [(p)-[k:KNOWS]-(o:Person) | {person: o.id, name: o.name, strength: k.strength, context: k.context,
         since: toString(k.since), source: k.source}] AS ties,
       [(p)-[v:VOUCHES]->(o:Person) | {person: o.id, name: o.name, closeness: v.closeness, evidence: v.evidence,
         createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)}] AS vouches,
       [(p)-[m:MENTORS]->(o:Person) | {role: 'mentor', person: o.id, name: o.name, status: m.status,
         programme: m.programme, since: toString(m.since), until: toString(m.until), need: m.need,
         goals: m.agreementGoals, frequency: m.agreementFrequency, format: m.agreementFormat,
         reviewOn: toString(m.agreementReviewOn), agreementUpdatedAt: toString(m.agreementUpdatedAt)}]
       + [(o:Person)-[m:MENTORS]->(p) | {role: 'mentee', person: o.id, name: o.name, status: m.status,
         programme: m.programme, since: toString(m.since), until: toString(m.until), need: m.need,
         goals: m.agreementGoals, frequency: m.agreementFrequency, format: m.agreementFormat,
         reviewOn: toString(m.agreementReviewOn), agreementUpdatedAt: toString(m.agreementUpdatedAt)}] AS mentoring

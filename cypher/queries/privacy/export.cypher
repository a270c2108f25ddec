// Everything held about one person besides their profile: their goals and needs, ties and mentoring relationships.
MATCH (p:Person {id: $id})
RETURN p.goals AS goals, coalesce(p.needs, []) AS needs,
       [(p)-[k:KNOWS]-(o:Person) | {person: o.id, name: o.name, strength: k.strength, context: k.context,
         since: toString(k.since), source: k.source}] AS ties,
       [(p)-[m:MENTORS]->(o:Person) | {role: 'mentor', person: o.id, name: o.name, status: m.status,
         programme: m.programme, since: toString(m.since), until: toString(m.until)}]
       + [(o:Person)-[m:MENTORS]->(p) | {role: 'mentee', person: o.id, name: o.name, status: m.status,
         programme: m.programme, since: toString(m.since), until: toString(m.until)}] AS mentoring

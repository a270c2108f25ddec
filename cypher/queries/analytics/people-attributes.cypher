// What analytics split reach and communities by, for every person: one hop each.
MATCH (p:Person)
OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
WITH p, head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region
OPTIONAL MATCH (p)-[m:MENTORS {status: 'ACTIVE'}]->(:Person)
RETURN p.id AS id, p.name AS name, p.grade AS grade, specialty, region,
       coalesce(p.openToMentoring, false) AS openToMentoring, coalesce(p.mentorCapacity, 0) AS capacity,
       count(m) AS activeMentees, coalesce(p.connectionVisibility, 'connections') AS visibility
